import { describe, expect, it } from "vitest";
import {
  mappingIssues,
  OKR_TABLE_COLUMNS,
  readOkrTable,
  TEMPLATE_HEADERS,
  templateMapping,
  writeOkrTable,
} from "./okr-table.ts";

const header = Object.values(TEMPLATE_HEADERS.en);
const cells = (values: Partial<Record<(typeof OKR_TABLE_COLUMNS)[number], string>>) =>
  OKR_TABLE_COLUMNS.map((column) => values[column] ?? "");
const kr = {
  period: "2027-Q1",
  unit: "Growth",
  parentUnit: "Company",
  objective: "Turn more visitors into successful trial teams",
  keyResult: "Raise trial-to-paid conversion from 4% to 6%",
  metric: "trial conversion",
  measure: "%",
  baseline: "4",
  target: "6",
  deadline: "2027-03-31",
  owner: "Amara@Demo.test",
};

describe("the OKR table (docs/import-export.md)", () => {
  it("recognises the template's columns in English or Chinese, in any order and case, and nothing else", () => {
    expect(templateMapping(header)).toMatchObject({ period: "Period", keyResult: "Key result" });
    expect(templateMapping(Object.values(TEMPLATE_HEADERS.zh).reverse())).toMatchObject({
      period: "周期",
      keyResult: "关键结果",
    });
    expect(templateMapping(header.map((h) => h.toUpperCase()))).not.toBeNull();
    expect(templateMapping(["Quarter", "Team", "Goal", "KR"])).toBeNull();
    expect(mappingIssues({ period: "Quarter", unit: "Team", objective: "Goal" }, ["Quarter", "Team"])).toEqual([
      { field: "mapping.keyResult", rule: "required", message: "choose the column that holds it" },
      { field: "mapping.objective", rule: "column", message: 'the file has no column "Goal"' },
    ]);
  });

  it("reads one key result a row, and further rows of it as its readings, with its owner in lower case", () => {
    const result = readOkrTable(
      [
        header,
        cells({ ...kr, value: "4,2", valueDate: "2027-01-10" }),
        cells({ ...kr, owner: "", metric: "", value: "4.6", valueDate: "2027-01-24" }),
      ],
      templateMapping(header) ?? {},
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.table.set.units.map((u) => [u.name, u.parent])).toEqual([
      ["Growth", "Company"],
      ["Company", null],
    ]);
    expect(result.table.set.units[0]?.objectives[0]?.keyResults).toEqual([
      { title: kr.keyResult, metric: "trial conversion", unit: "%", baseline: 4, target: 6, deadline: "2027-03-31" },
    ]);
    expect(result.table.extras).toEqual([
      {
        unit: "Growth",
        objective: kr.objective,
        keyResult: kr.keyResult,
        owner: "amara@demo.test",
        readings: [
          { date: "2027-01-10", value: 4.2 },
          { date: "2027-01-24", value: 4.6 },
        ],
      },
    ]);
  });

  it.each([
    [{ baseline: "4%" }, "row.2.baseline", "number"],
    [{ deadline: "31/03/2027" }, "row.2.deadline", "date"],
    [{ period: "Q1 2027" }, "row.2.period", "quarter"],
    [{ keyResult: "" }, "row.2.keyResult", "required"],
    [{ owner: "amara" }, "row.2.owner", "email"],
    [{ value: "5" }, "row.2.valueDate", "reading"],
    [{ value: "5", valueDate: "2027-03-01" }, "row.2.valueDate", "not_future"],
    [{ parentUnit: "Growth" }, "row.2.parentUnit", "tree"],
  ])("names the row, the column and the rule of a bad cell: %o", (change, field, rule) => {
    const result = readOkrTable([header, cells({ ...kr, ...change })], templateMapping(header) ?? {}, "2027-02-15");
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.rule])).toEqual([[field, rule]]);
  });

  it("refuses a second row of a key result that says something else, naming both rows", () => {
    const result = readOkrTable([header, cells(kr), cells({ ...kr, target: "7" })], templateMapping(header) ?? {});
    expect(result.ok ? null : result.errors).toEqual([
      { field: "row.3.target", rule: "same_key_result", message: "row 3, target: differs from row 2" },
    ]);
  });

  it("writes what it reads: write -> read gives the same OKRs, owners and readings", () => {
    const first = readOkrTable(
      [
        header,
        cells({ ...kr, value: "4.2", valueDate: "2027-01-10" }),
        cells({ ...kr, value: "4.6", valueDate: "2027-01-24" }),
      ],
      templateMapping(header) ?? {},
    );
    if (!first.ok) throw new Error("not read");
    const written = writeOkrTable(first.table.set, first.table.extras).map((row) => row.map(String));
    const again = readOkrTable(written, templateMapping(header) ?? {});
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    expect(again.table.set).toEqual(first.table.set);
    expect(again.table.extras).toEqual(first.table.extras);
  });
});
