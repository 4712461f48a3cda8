import { describe, expect, it } from "vitest";
import { type DraftOkrSet, quarterPeriod, type RuleId, reviewObjective, reviewOkrSet, ruleCards } from "./index.ts";

const q1 = quarterPeriod("2027-Q1");

const cookware: DraftOkrSet = {
  period: q1,
  units: [
    {
      name: "Cookware",
      objectives: [
        {
          title: "Become home cooks' trusted cookware supplier",
          keyResults: [
            {
              title: "Reduce refund rate from 0.5% to 0.2%",
              unit: "%",
              baseline: 0.5,
              target: 0.2,
              deadline: "2027-03-31",
            },
            {
              title: "Raise repeat purchase rate from 5% to 15%",
              unit: "%",
              baseline: 5,
              target: 15,
              deadline: "2027-03-31",
            },
            {
              title: "Raise preferred-brand awareness from 10% to 25%",
              unit: "%",
              baseline: 10,
              target: 25,
              deadline: "2027-03-31",
            },
          ],
        },
      ],
    },
  ],
};

const pairs = (set: DraftOkrSet) => reviewOkrSet(set).map((f) => `${f.rule} ${f.path}`);

describe("reviewOkrSet", () => {
  it("finds nothing in the guide's cookware example", () => {
    expect(reviewOkrSet(cookware)).toEqual([]);
  });

  it("puts M1 on the unit, M2/Q on the objective and K on the key result", () => {
    const set: DraftOkrSet = {
      period: q1,
      units: [
        { name: "Company", objectives: [] },
        {
          name: "Sales",
          objectives: [
            {
              title: "Become the market leader in Spain",
              keyResults: [
                {
                  title: "Grow total views",
                  baseline: 1,
                  target: 2,
                  deadline: "2027-02-01",
                },
              ],
            },
            { title: "Keep customers", keyResults: [] },
          ],
        },
      ],
    };
    expect(pairs(set)).toEqual([
      "M1 units[1]",
      "M2 units[1].objectives[0]",
      "Q1 units[1].objectives[0]",
      "K5 units[1].objectives[0].key_results[0]",
      "M4 units[1].objectives[1]",
    ]);
  });

  it("checks deadlines against the set's period (K2)", () => {
    const set = structuredClone(cookware);
    const kr = set.units[0]?.objectives[0]?.keyResults[1];
    if (kr) kr.deadline = "2027-06-30";
    expect(pairs(set)).toEqual(["K2 units[0].objectives[0].key_results[1]"]);
  });

  it("speaks Chinese when asked", () => {
    const set = structuredClone(cookware);
    const kr = set.units[0]?.objectives[0]?.keyResults[0];
    if (kr)
      Object.assign(kr, {
        title: "用户帐户总数从 4 万增长到 5 万",
        unit: null,
        baseline: 40000,
        target: 50000,
      });
    const [finding] = reviewOkrSet(set, { locale: "zh" });
    expect(finding?.rule).toBe("K5");
    expect(finding?.message).toContain("虚荣指标");
    expect(finding?.suggestion).toContain("比率");
  });

  it("applies organisation settings: another severity, or off", () => {
    const set: DraftOkrSet = {
      units: [
        {
          name: "A",
          objectives: [{ title: "Grow revenue by 20%", keyResults: [] }],
        },
      ],
    };
    const settings = { M4: "warning", Q4: "off" } as const;
    expect(reviewOkrSet(set, { settings }).map((f) => `${f.rule} ${f.severity}`)).toEqual(["M4 warning"]);
    expect(reviewOkrSet(set).map((f) => `${f.rule} ${f.severity}`)).toEqual(["M4 error", "Q4 info"]);
  });
});

describe("reviewObjective", () => {
  it("reports paths relative to the objective", () => {
    const findings = reviewObjective(
      {
        title: "Launch the new mobile app",
        keyResults: [{ title: "Ship the app", deadline: "2027-01-15" }],
      },
      { period: q1 },
    );
    expect(findings.map((f) => `${f.rule} ${f.path}`)).toEqual([
      "M2 ",
      "Q2 ",
      "K1 key_results[0]",
      "K7 key_results[0]",
    ]);
  });
});

describe("ruleCards", () => {
  it("has a card in both languages for every rule, with docs/method.md's default severities", () => {
    const expected: Record<RuleId, string> = {
      M1: "error",
      M2: "warning",
      M4: "error",
      M8: "info",
      Q1: "warning",
      Q2: "warning",
      Q3: "warning",
      Q4: "info",
      K1: "error",
      K2: "warning",
      K3: "warning",
      K4: "info",
      K5: "warning",
      K6: "warning",
      K7: "warning",
    };
    for (const [rule, card] of Object.entries(ruleCards)) {
      expect(card.defaultSeverity).toBe(expected[rule as RuleId]);
      for (const field of [card.title, card.asks, card.why, card.weak, card.strong]) {
        expect(field.en.length).toBeGreaterThan(0);
        expect(field.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(Object.keys(ruleCards).sort()).toEqual(Object.keys(expected).sort());
  });
});
