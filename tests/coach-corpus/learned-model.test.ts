import { describe, expect, it } from "vitest";
import { trainedModel } from "../../src/domain/coach/learned/reading.ts";
import { tuningFingerprint } from "./collections.ts";

describe("the coach's learned model (src/domain/coach/learned/model.json)", () => {
  it("was trained on the tuning collections as they are now (run `npm run coach:train` after changing one)", () => {
    expect(trainedModel.trainedOn).toEqual(tuningFingerprint());
  });

  it("reads only K2 to K7, each from a threshold between 0.5 and 0.95", () => {
    for (const [rule, learned] of Object.entries(trainedModel.rules)) {
      expect(["K2", "K3", "K4", "K5", "K6", "K7"]).toContain(rule);
      expect(learned.threshold).toBeGreaterThanOrEqual(0.5);
      expect(learned.threshold).toBeLessThanOrEqual(0.95);
    }
  });
});
