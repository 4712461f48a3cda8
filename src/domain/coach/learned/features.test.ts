import { describe, expect, it } from "vitest";
import { DIMENSIONS, embeddingLoads, englishWordsOf, wordVector } from "./embeddings.ts";
import { isChinese, keyResultFeatures, keyResultVector, VECTOR_LENGTH, VECTOR_SCALE } from "./features.ts";

const objective = (title: string) => ({ title, keyResults: [] });

describe("the learned reading's features", () => {
  it("reads English as stems and pairs of stems, prefixed by where they stand", () => {
    const features = keyResultFeatures(
      { title: "Host webinars for partners", metric: "Webinars hosted", baseline: 2, target: 12 },
      objective("Grow the partner channel"),
    );
    expect(features).toEqual(
      expect.arrayContaining([
        "t:host",
        "t:webinar",
        "t:host_webinar",
        "m:webinar_host",
        "o:grow",
        "lang:en",
        "dir:up",
      ]),
    );
    // Stems leave short words alone: "ads" is not cut to "ad" and "is" stays.
    expect(keyResultFeatures({ title: "ads is" }, objective("x"))).toEqual(expect.arrayContaining(["t:ads", "t:is"]));
  });

  it("reads Chinese as runs of two and three characters, without spaces", () => {
    const features = keyResultFeatures({ title: "上线 3 个新功能" }, objective("让店长排班更省心"));
    expect(features).toEqual(
      expect.arrayContaining(["t:上线", "t:线3", "t:上线3", "t:新功能", "o:店长", "lang:zh", "dir:none"]),
    );
  });

  it("says which way the numbers go, and counts each feature once", () => {
    expect(keyResultFeatures({ title: "Cut tickets", baseline: 9, target: 4 }, objective("x"))).toContain("dir:down");
    expect(keyResultFeatures({ title: "Hold uptime", baseline: 9, target: 9 }, objective("x"))).toContain("dir:eq");
    const repeated = keyResultFeatures({ title: "calls calls calls" }, objective("x"));
    expect(repeated.filter((f) => f === "t:call")).toHaveLength(1);
  });

  it("reads the objective's aim against the kind of metric, for K3, in both languages", () => {
    const breadth = keyResultFeatures(
      { title: "Grow monthly active users from 40k to 60k", baseline: 40000, target: 60000 },
      objective("Build deeper workflows for users"),
    );
    expect(breadth).toEqual(expect.arrayContaining(["aim:depth", "fam:active", "x:depth|active"]));
    const zh = keyResultFeatures({ title: "月活跃用户数从 4 万提升到 6 万" }, objective("让用户把工作流程用得更深"));
    expect(zh).toEqual(expect.arrayContaining(["aim:depth", "x:depth|active"]));
    // An objective that names no outcome of K3's lexicon and a metric of no family say so.
    const neither = keyResultFeatures({ title: "Ship the export button" }, objective("Improve reporting"));
    expect(neither).toContain("x:none|none");
    expect(neither.filter((f) => f.startsWith("aim:"))).toEqual([]);
  });

  it("reads the target's stretch in bands (K4) and what the key result leaves unstated (K2)", () => {
    const features = (kr: { baseline?: number; target?: number; unit?: string; deadline?: string | null }) =>
      keyResultFeatures({ title: "x", ...kr }, objective("x"));
    expect(features({ baseline: 40, target: 60 })).toContain("ratio:8"); // 1.5: from 1.5 to 2
    expect(features({ baseline: 10, target: 100 })).toEqual(expect.arrayContaining(["ratio:11", "tgt:100"]));
    expect(features({ baseline: 5, target: 0 })).toEqual(expect.arrayContaining(["ratio:0", "tgt:0"]));
    expect(features({ baseline: 0, target: 3 })).toContain("base:0");
    expect(features({}).filter((f) => f.startsWith("ratio:"))).toEqual([]);
    expect(features({ deadline: null })).toEqual(expect.arrayContaining(["no:deadline", "no:unit", "no:metric"]));
    expect(features({ deadline: "2027-03-31", unit: "%" })).not.toEqual(expect.arrayContaining(["no:deadline"]));
    expect(features({ deadline: "2027-03-31", unit: "%" })).not.toContain("no:unit");
  });

  it("takes a key result as Chinese when its title or its objective is", () => {
    expect(isChinese({ title: "NPS 从 30 到 45" }, objective("让客户更满意"))).toBe(true);
    expect(isChinese({ title: "NPS from 30 to 45" }, objective("Delight customers"))).toBe(false);
  });

  describe("the English title's word vectors (K7: words that mean alike read alike)", () => {
    const vectorOf = (title: string) => keyResultVector({ title }, objective("Help shops plan"));
    const cosine = (a: Float32Array, b: Float32Array, from: number) => {
      let dot = 0;
      for (let d = from; d < from + DIMENSIONS; d++) dot += (a[d] as number) * (b[d] as number);
      return (
        dot / Math.hypot(...a.subarray(from, from + DIMENSIONS)) / Math.hypot(...b.subarray(from, from + DIMENSIONS))
      );
    };
    // Each case: a title, a rephrasing with other words for the same thing, and a trap that shares
    // the object but says an outcome. The rephrasing must read nearer than the trap, by its mean
    // (first half) and by its first word (second half), though it shares no n-gram with the title.
    it.each([
      ["Launch the loyalty programme", "Roll out the loyalty programme", "Grow loyalty programme revenue"],
      ["Ship the mobile app", "Release the mobile app", "Raise mobile app retention"],
      ["Deploy the new checkout", "Launch the new checkout", "Cut checkout abandonment"],
      ["Publish ten guides", "Write ten guides", "Increase guide readers"],
      ["Host webinars for partners", "Run workshops for partners", "Grow partner revenue"],
    ])("reads %j nearer to %j than to the trap %j", (title, alike, trap) => {
      const [t, a, x] = [vectorOf(title), vectorOf(alike), vectorOf(trap)] as [
        Float32Array,
        Float32Array,
        Float32Array,
      ];
      expect(cosine(t, a, DIMENSIONS)).toBeGreaterThan(cosine(t, x, DIMENSIONS));
      expect(cosine(t, a, 0)).toBeGreaterThan(cosine(t, x, 0));
    });

    it("is the mean of the content words, then the first word, each as the table holds it and scaled", () => {
      const vector = vectorOf("Launch the app") as Float32Array;
      expect(vector).toHaveLength(VECTOR_LENGTH);
      const launch = wordVector("launch") as Float32Array;
      const app = wordVector("app") as Float32Array;
      for (const d of [0, 17, 99]) {
        // "the" says nothing of what is delivered: the mean is of "launch" and "app" alone.
        expect(vector[d]).toBeCloseTo((VECTOR_SCALE * ((launch[d] as number) + (app[d] as number))) / 2, 5);
        expect(vector[DIMENSIONS + d]).toBeCloseTo(VECTOR_SCALE * (launch[d] as number), 5);
      }
      expect(Math.hypot(...launch)).toBeCloseTo(1, 5);
      expect(englishWordsOf("Roll-out to 3 EU markets")).toEqual(["roll", "out", "to", "eu", "markets"]);
    });

    it("has none for Chinese, nor for a title none of whose words the table holds, and leaves an unknown first word at zero", () => {
      expect(keyResultVector({ title: "上线 3 个新功能" }, objective("让店长排班更省心"))).toBeUndefined();
      expect(keyResultVector({ title: "Launch 3 features" }, objective("让店长排班更省心"))).toBeUndefined();
      expect(vectorOf("Qzxv wkpt")).toBeUndefined();
      const unknownFirst = vectorOf("Qzxv the app") as Float32Array;
      expect(unknownFirst.subarray(DIMENSIONS).every((x) => x === 0)).toBe(true);
      expect(unknownFirst.subarray(0, DIMENSIONS).some((x) => x !== 0)).toBe(true);
    });

    it("reads the table once per process", () => {
      vectorOf("Launch the app");
      const loads = embeddingLoads();
      vectorOf("Ship the app");
      expect(embeddingLoads()).toBe(loads);
      expect(loads).toBe(1);
    });
  });
});
