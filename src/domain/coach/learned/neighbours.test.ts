import { describe, expect, it } from "vitest";
import { tuningFingerprint } from "../../../../tests/coach-corpus/collections.ts";
import { reviewObjective } from "../review.ts";
import type { DraftKeyResult, RuleId } from "../types.ts";
import { direction, ownFeatures } from "./features.ts";
import {
  encodeFeatures,
  nearest,
  neighbourHit,
  neighbourLoads,
  neighbourReadings,
  shippedNeighbours,
} from "./neighbours.ts";
import type { LearnedModel, NeighbourCase, NeighbourTable } from "./reading.ts";
import { trainedModel } from "./reading.ts";

/** A labelled case as the table holds it: language, writer, rules carried, title, metric, direction. */
const labelled = (writer: number, rules: string, title: string, language: "en" | "zh" = "en"): NeighbourCase => [
  language,
  writer,
  rules,
  title,
  "",
  "none",
];

/** Four neighbours vote; K7 speaks from three of them (0.75), K5 from all four. */
const table: NeighbourTable = {
  k: 4,
  rules: { K7: 0.75, K5: 1 },
  writers: ["a", "b", "c"],
  cases: [
    // Workshops, by writers 1 and 2, and an outcome that shares their words.
    labelled(1, "K7", "Run onboarding workshops for new stores"),
    labelled(2, "K7", "Run planning workshops for store managers"),
    labelled(1, "K7", "Run workshops on rota planning"),
    labelled(2, "", "Raise store managers' planning scores"),
    // Webinars, all by writer 0.
    labelled(0, "K7", "Host product webinars for partners"),
    labelled(0, "K7", "Host monthly webinars for partners"),
    labelled(0, "K7", "Host partner webinars on pricing"),
    labelled(0, "K7", "Host webinars for new partners"),
    // Outcomes.
    labelled(1, "", "Grow weekly active stores"),
    labelled(2, "", "Grow weekly active stores in the north"),
    labelled(1, "", "Grow weekly active stores in the south"),
    // Running totals.
    labelled(2, "K5", "Grow total registered stores"),
    labelled(1, "K5", "Grow total registered partners"),
    labelled(2, "K5", "Grow total registered users"),
    labelled(1, "K5", "Grow total registered stores to 5,000"),
    // Launches in Chinese, and an outcome.
    labelled(1, "K7", "上线排班工具", "zh"),
    labelled(2, "K7", "上线排班小程序", "zh"),
    labelled(1, "K7", "上线新版排班工具", "zh"),
    labelled(2, "", "排班准确率提升到95%", "zh"),
  ],
};
const model: LearnedModel = { rules: {}, neighbours: table };

const kr = (title: string): DraftKeyResult => ({ title, metric: null, baseline: null, target: null });
const read = (title: string, objective = "Help shops plan", fired: RuleId[] = []) =>
  neighbourReadings(kr(title), { title: objective, keyResults: [] }, new Set(fired), model).map((r) => r.rule);

describe("the nearest-neighbour reading (issue 17)", () => {
  it.each([
    // Three of the four nearest carry K7, from writers 1 and 2.
    ["Run workshops for store managers", "Help shops plan", ["K7"]],
    ["上线排班工具给所有门店", "让店长排班更省心", ["K7"]],
    // All four nearest carry K5: a running total.
    ["Grow total registered stores", "Help shops plan", ["K5"]],
    // Traps. Four webinars carry K7, all by writer 0: one writer's habit is not a shape.
    ["Host webinars for partners", "Help partners sell", []],
    // An outcome whose neighbours are outcomes.
    ["Grow weekly active stores", "Help shops plan", []],
    // Nothing alike.
    ["Cut refund time to two days", "Help shops plan", []],
    // An English key result never reads Chinese neighbours, nor a Chinese one English.
    ["排班", "让店长排班更省心", []],
  ])("reads %j (objective %j) as %j", (title, objective, rules) => {
    expect(read(title, objective)).toEqual(rules);
  });

  it("speaks only where no rule of its family did, and then for one rule", () => {
    expect(read("Run workshops for store managers", "Help shops plan", ["K6"])).toEqual([]);
    expect(read("Run workshops for store managers", "Help shops plan", ["K2", "K4"])).toEqual(["K7"]);
    // K5 and K7 both at their shares: the larger share speaks, once.
    const both: LearnedModel = { rules: {}, neighbours: { ...table, rules: { K5: 0.5, K7: 0.5 } } };
    const mixed = neighbourReadings(
      kr("Grow total registered stores"),
      { title: "x", keyResults: [] },
      new Set(),
      both,
    );
    expect(mixed.map((r) => r.rule)).toEqual(["K5"]);
  });

  it("ranks by the rarer words shared, ties to the earlier case, and holds a writer out for the tries", () => {
    const features = ownFeatures("Run workshops for store managers", null, "none", false);
    const near = nearest(table, features, "en");
    expect(near).toEqual([1, 2, 3, 0]);
    expect(nearest(table, features, "en", 2).every((i) => table.cases[i]?.[1] !== 2)).toBe(true);
    expect(nearest(table, ownFeatures("排班", null, "none", true), "en")).toEqual([]);
    expect(direction({ baseline: 3, target: 1 })).toBe("down");
  });

  it("reads the features a table ships as it would derive them", () => {
    // Sixty more titles of words of their own: more than 128 features, so numbers take two bytes.
    const letters = "abcdefghij";
    const more = Array.from({ length: 60 }, (_, i) =>
      labelled(i % 3, "", `Grow ${letters[i % 10]}${letters[Math.floor(i / 10)]}zone visits`),
    );
    const wide: NeighbourTable = { ...table, cases: [...table.cases, ...more] };
    const derive = (language: "en" | "zh") =>
      wide.cases
        .filter((c) => c[0] === language)
        .map(([, , , title, metric, dir]) => ownFeatures(title, metric, dir, language === "zh"));
    expect(new Set(derive("en").flat()).size).toBeGreaterThan(128);
    const shipped: NeighbourTable = {
      ...wide,
      features: { en: encodeFeatures(derive("en")), zh: encodeFeatures(derive("zh")) },
    };
    for (const [title, language] of [
      ["Run workshops for store managers", "en"],
      ["Grow total registered stores", "en"],
      ["上线排班工具给所有门店", "zh"],
    ] as const) {
      const features = ownFeatures(title, null, "none", language === "zh");
      expect(nearest(shipped, features, language)).toEqual(nearest(wide, features, language));
    }
  });

  it("says what it read, like which labelled key results, in both languages", () => {
    const [reading] = neighbourReadings(
      kr("Run workshops for store managers"),
      { title: "x", keyResults: [] },
      new Set(),
      model,
    );
    expect(reading).toMatchObject({
      rule: "K7",
      carrying: 3,
      k: 4,
      example: "Run planning workshops for store managers",
    });
    const hit = neighbourHit(reading as NonNullable<typeof reading>);
    expect(hit.message.en).toBe(
      `This reads as an output (something the team delivers), not an outcome (a change in a metric): it is like 3 of the 4 most similar labelled key results in the coach's examples, such as "Run planning workshops for store managers".`,
    );
    expect(hit.message.zh).toBe(
      "这条关键结果读起来像产出（团队交付的东西），而不是成果（指标的变化）：教练的标注样例中与它最相近的 4 条里，有 3 条属于这种情况，例如“Run planning workshops for store managers”。",
    );
    expect(hit.suggestion.en).toMatch(/^Name the metric the delivery should move/);
  });

  it("in a review: after the rules and the logistic reading, a rule turned off stays off, none for the rules alone", () => {
    // No rule reads "Hold … clinics" (it names no count nor a delivery the rules know); its
    // neighbours do, from two writers.
    const clinics: LearnedModel = {
      rules: {},
      neighbours: {
        ...table,
        cases: [
          labelled(1, "K7", "Hold rota clinics for new stores"),
          labelled(2, "K7", "Hold planning clinics for store managers"),
          labelled(1, "K7", "Hold rota clinics in every region"),
          labelled(2, "", "Raise store managers' planning scores"),
        ],
      },
    };
    const o = { title: "Help shops plan", keyResults: [kr("Hold rota clinics for store managers")] };
    const metric = (found: ReturnType<typeof reviewObjective>) =>
      found.filter((f) => ["K3", "K5", "K6", "K7"].includes(f.rule)).map((f) => `${f.rule} ${f.path}`);
    const found = reviewObjective(o, { learnedModel: clinics });
    expect(metric(found)).toEqual(["K7 key_results[0]"]);
    expect(found.find((f) => f.rule === "K7")?.message).toContain("labelled key results");
    expect(metric(reviewObjective(o, { learnedModel: clinics, settings: { K7: "off" } }))).toEqual([]);
    expect(metric(reviewObjective(o, { learnedModel: { rules: {} } }))).toEqual([]);
    // The logistic reading spoke first: one finding, its own.
    const logistic: LearnedModel = {
      ...clinics,
      rules: { K6: { threshold: 0.5, bias: -3, weights: { "t:clinic": 5 } } },
    };
    expect(metric(reviewObjective(o, { learnedModel: logistic }))).toEqual(["K6 key_results[0]"]);
    // A labelled twin decides for itself: the same title labelled clean silences the vote.
    const twin = {
      ...clinics.neighbours,
      cases: [...(clinics.neighbours?.cases ?? []), labelled(0, "", "Hold rota clinics for store managers")],
    } as NeighbourTable;
    expect(metric(reviewObjective(o, { learnedModel: { rules: {}, neighbours: twin } }))).toEqual([]);
  });

  it("ships a table written from today's tuning collections, read once per process", () => {
    const before = neighbourLoads();
    const o = {
      title: "帮助门店更好地排班",
      keyResults: [kr("上线新版排班小程序"), kr("Launch the rota app in every store")],
    };
    for (const k of o.keyResults) neighbourReadings(k, o, new Set(), trainedModel);
    expect(neighbourLoads() - before).toBeLessThanOrEqual(1);
    // When a tuning collection changes: `npx tsx scripts/coach-neighbours.ts --write`.
    expect(shippedNeighbours().trainedOn).toEqual(tuningFingerprint());
    expect(neighbourLoads() - before).toBeLessThanOrEqual(1);
  });
});
