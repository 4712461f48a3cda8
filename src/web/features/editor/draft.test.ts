import { describe, expect, it } from "vitest";
import type { ScoredKeyResult, ScoredObjective } from "../../api/types.ts";
import { parseNumber } from "../../ui/parse-number.ts";
import { numberErrorsOf, objectiveDraftOf, rebase, sameDraft, saveBodyOf } from "./draft.ts";

const kr = (id: string, overrides: Partial<ScoredKeyResult> = {}): ScoredKeyResult => ({
  id,
  orgId: "o",
  objectiveId: "obj",
  periodId: "p",
  position: 0,
  title: `KR ${id}`,
  kind: "metric",
  metric: "rate",
  unit: "%",
  baseline: 5,
  baselineOn: null,
  target: 15,
  rangeLow: null,
  rangeHigh: null,
  deadline: "2027-03-31",
  weight: 2,
  ownerId: null,
  currentValue: null,
  currentConfidence: null,
  lastCheckInAt: null,
  version: 1,
  createdAt: "",
  updatedAt: "",
  progress: null,
  band: null,
  bandBasis: null,
  pace: null,
  paceReasons: [],
  expectedProgress: null,
  forecast: null,
  finalProgress: null,
  forecastValue: null,
  forecastLow: null,
  forecastHigh: null,
  forecastProgress: null,
  direction: "increase",
  rolledUp: false,
  childObjectiveIds: [],
  ...overrides,
});

const objective = (overrides: Partial<ScoredObjective> = {}): ScoredObjective => ({
  id: "obj",
  orgId: "o",
  unitId: "u",
  periodId: "p",
  title: "Become the trusted supplier",
  description: "",
  status: "active",
  parentKeyResultId: null,
  strategyId: null,
  version: 3,
  createdAt: "",
  updatedAt: "",
  progress: null,
  band: null,
  bandBasis: null,
  keyResults: [kr("a"), kr("b")],
  ...overrides,
});

describe("reapplying my change on top of someone else's (no lost updates)", () => {
  it("keeps the fields I changed and takes theirs for the rest", () => {
    const base = objective();
    const mine = objectiveDraftOf(base);
    mine.title = "My title";
    mine.keyResults[0] = { ...mine.keyResults[0], target: "12" } as (typeof mine.keyResults)[0];
    const theirs = objective({
      version: 4,
      description: "Their description",
      keyResults: [kr("a", { version: 2, title: "Their KR a" }), kr("b", { version: 2 }), kr("c")],
    });
    const merged = rebase(base, mine, theirs);
    expect([merged.title, merged.description]).toEqual(["My title", "Their description"]);
    expect(merged.keyResults.map((k) => [k.id, k.title, k.target, k.version])).toEqual([
      ["a", "Their KR a", "12", 2],
      ["b", "KR b", "15", 2],
      ["c", "KR c", "15", 1],
    ]);
    // The save then sends their versions, so it is not refused again.
    const body = saveBodyOf(merged, theirs, "active", undefined);
    expect([body.version, body.keyResults.map((k) => k.version)]).toEqual([4, [2, 2, 1]]);
  });

  it("keeps a KR I removed removed, and brings back one they removed only if I edited it", () => {
    const base = objective({ keyResults: [kr("a"), kr("b"), kr("c")] });
    const mine = objectiveDraftOf(base);
    mine.keyResults = [
      { ...(mine.keyResults[0] as (typeof mine.keyResults)[0]), title: "Edited a" },
      mine.keyResults[1] as (typeof mine.keyResults)[0],
    ];
    const theirs = objective({ version: 4, keyResults: [kr("c")] });
    const merged = rebase(base, mine, theirs);
    expect(merged.keyResults.map((k) => [k.id ?? "new", k.title])).toEqual([["new", "Edited a"]]);
  });

  it("sends back the KR fields the form does not edit (weight, kind), as they were", () => {
    const body = saveBodyOf(objectiveDraftOf(objective()), objective(), "active", "why");
    expect(body.keyResults[0]).toMatchObject({ id: "a", version: 1, weight: 2, kind: "metric" });
    expect(body.reason).toBe("why");
  });
});

describe("numbers typed into the KR fields", () => {
  it("saves 52,5 and 52.5 as 52.5 and names the fields that do not read as a number", () => {
    const draft = objectiveDraftOf(objective({ keyResults: [kr("a"), kr("b")] }));
    const typed = {
      ...draft,
      keyResults: draft.keyResults.map((row, i) =>
        i === 0 ? { ...row, baseline: "52,5", target: "52.5" } : { ...row, baseline: "abc", target: "1,234" },
      ),
    };
    const body = saveBodyOf(typed, objective({ keyResults: [kr("a"), kr("b")] }), "active", undefined);
    expect(body.keyResults[0]).toMatchObject({ baseline: 52.5, target: 52.5 });
    const why = (text: string) => (parseNumber(text).ok || text === "" ? undefined : `refused ${text}`);
    expect(numberErrorsOf(typed, why)).toEqual(
      new Map([
        ["keyResults.1.baseline", "refused abc"],
        ["keyResults.1.target", "refused 1,234"],
      ]),
    );
  });
});

describe("unsaved changes", () => {
  it("sees none in a freshly loaded draft, whatever its row keys, and sees an edit", () => {
    const loaded = objectiveDraftOf(objective({ keyResults: [kr("a")] }));
    expect(sameDraft(loaded, objectiveDraftOf(objective({ keyResults: [kr("a")] })))).toBe(true);
    expect(sameDraft(loaded, { ...loaded, title: "Changed" })).toBe(false);
    expect(
      sameDraft(loaded, { ...loaded, keyResults: loaded.keyResults.map((row) => ({ ...row, target: "16" })) }),
    ).toBe(false);
  });
});
