import { describe, expect, it } from "vitest";
import { formatFileError, parseOkrFile } from "./parse-okr-file.ts";

const VALID = `period: 2027-Q1
units:
  - name: Company
    objectives: []
  - name: Growth
    parent: Company
    objectives:
      - title: Turn more visitors into successful trial teams
        description: Most visitors leave before they try the product.
        key_results:
          - title: Raise trial-to-paid conversion from 4% to 6%
            metric: trial conversion rate
            unit: "%"
            baseline: 4
            target: 6
            deadline: 2027-03-31
          - title: Grow weekly sign-ups
`;

describe("parseOkrFile", () => {
  it("reads a valid file into a draft set with the quarter's dates", () => {
    const result = parseOkrFile(VALID, "okrs.yaml");
    if (!result.ok) throw new Error(result.errors.map(formatFileError).join("\n"));
    expect(result.set.period).toEqual({ name: "2027-Q1", startsOn: "2027-01-01", endsOn: "2027-03-31" });
    expect(result.set.units.map((u) => [u.name, u.parent])).toEqual([
      ["Company", null],
      ["Growth", "Company"],
    ]);
    expect(result.set.units[1]?.objectives[0]?.keyResults).toEqual([
      {
        title: "Raise trial-to-paid conversion from 4% to 6%",
        metric: "trial conversion rate",
        unit: "%",
        baseline: 4,
        target: 6,
        deadline: "2027-03-31",
      },
      { title: "Grow weekly sign-ups", metric: null, unit: null, baseline: null, target: null, deadline: null },
    ]);
  });

  it("knows the line of every unit, objective and key result", () => {
    const result = parseOkrFile(VALID, "okrs.yaml");
    if (!result.ok) throw new Error("expected a valid file");
    expect(result.lineOf("units[1]")).toBe(5);
    expect(result.lineOf("units[1].objectives[0]")).toBe(8);
    expect(result.lineOf("units[1].objectives[0].key_results[1]")).toBe(17);
  });

  it.each([
    [
      "an unknown field",
      VALID.replace("metric:", "metrc:"),
      12,
      "units[1].objectives[0].key_results[0].metrc",
      "unknown field",
    ],
    [
      "a number written as text",
      VALID.replace("baseline: 4", 'baseline: "4%"'),
      14,
      "units[1].objectives[0].key_results[0].baseline",
      "expected number",
    ],
    [
      "an impossible deadline",
      VALID.replace("2027-03-31", "2027-02-30"),
      16,
      "units[1].objectives[0].key_results[0].deadline",
      "YYYY-MM-DD",
    ],
    ["a period that is not a quarter", VALID.replace("2027-Q1", "2027-05"), 1, "period", "YYYY-Qn"],
    [
      "a missing title",
      VALID.replace(
        "      - title: Turn more visitors into successful trial teams\n        description",
        "      - description",
      ),
      8,
      "units[1].objectives[0].title",
      "is required",
    ],
    [
      "a parent that is not in the file",
      VALID.replace("parent: Company", "parent: Compny"),
      6,
      "units[1].parent",
      'parent "Compny" is not a unit',
    ],
    [
      "a duplicate unit name",
      VALID.replace("name: Growth", "name: Company"),
      5,
      "units[1].name",
      'duplicate unit name "Company"',
    ],
    [
      "a duplicate key",
      VALID.replace("            target: 6\n", "            target: 6\n            target: 7\n"),
      16,
      "",
      "invalid YAML",
    ],
    ["broken YAML", VALID.replace("baseline: 4", "baseline: 4: 5"), 14, "", "invalid YAML"],
  ])("rejects %s, naming file, line and field", (_label, text, line, field, message) => {
    const result = parseOkrFile(text, "okrs.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [error] = result.errors;
    expect(error?.file).toBe("okrs.yaml");
    expect(error?.line).toBe(line);
    expect(error?.field).toBe(field);
    expect(error?.message).toContain(message);
  });

  it("rejects an empty file", () => {
    const result = parseOkrFile("", "empty.yaml");
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(["period", "units"]);
  });

  it("formats errors as file:line: field: message", () => {
    expect(formatFileError({ file: "a.yaml", line: 3, field: "period", message: "is required" })).toBe(
      "a.yaml:3: period: is required",
    );
  });
});
