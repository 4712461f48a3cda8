import { describe, expect, it } from "vitest";
import { type DraftOkrSet, quarterPeriod } from "../domain/coach/index.ts";
import { parseOkrFile } from "./parse-okr-file.ts";
import { toYaml } from "./to-yaml.ts";

const set: DraftOkrSet = {
  period: quarterPeriod("2027-Q2"),
  units: [
    { name: "Company", parent: null, objectives: [] },
    {
      name: "房产 CRM",
      parent: "Company",
      objectives: [
        {
          title: "让房地产经纪人能够以更少的努力推动更多的房屋销售",
          description: "Agents: more sales, less effort",
          keyResults: [
            {
              title: "将销售线索转化率从 30% 提高到 34%",
              metric: "lead conversion",
              unit: "%",
              baseline: 30,
              target: 34,
              deadline: "2027-06-30",
            },
            { title: "2027", metric: null, unit: null, baseline: null, target: null, deadline: null },
          ],
        },
      ],
    },
  ],
};

describe("toYaml", () => {
  it("writes a file that parses back to the same set", () => {
    const result = parseOkrFile(toYaml(set), "roundtrip.yaml");
    expect(result.ok ? result.set : result.errors).toEqual(set);
  });

  it("writes the documented format and leaves empty optional fields out", () => {
    const text = toYaml(set);
    expect(text.startsWith("period: 2027-Q2\nunits:\n  - name: Company\n")).toBe(true);
    expect(text).toContain("        key_results:\n          - title: 将销售线索转化率从 30% 提高到 34%\n");
    expect(text).toContain('            unit: "%"\n');
    expect(text).toContain("            deadline: 2027-06-30\n");
    expect(text).toContain('          - title: "2027"\n');
    expect(text).not.toContain("null");
  });

  it("refuses a set without a period", () => {
    expect(() => toYaml({ units: [] })).toThrow("period");
  });
});
