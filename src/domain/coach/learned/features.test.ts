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

  it("takes a key result as Chinese when its title or its objective is", () => {
    expect(isChinese({ title: "NPS 从 30 到 45" }, objective("让客户更满意"))).toBe(true);
    expect(isChinese({ title: "NPS from 30 to 45" }, objective("Delight customers"))).toBe(false);
  });
});
