import { describe, expect, it } from "vitest";
import { isChinese, keyResultFeatures } from "./features.ts";

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
});
