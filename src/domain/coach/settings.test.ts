import { describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { assertRuleChoices, ruleIds } from "./settings.ts";

describe("rule settings", () => {
  it("knows every rule of the coach", () => {
    expect(ruleIds).toEqual(["M1", "M2", "M4", "M8", "Q1", "Q2", "Q3", "Q4", "K1", "K2", "K3", "K4", "K5", "K6", "K7"]);
  });

  it("lets any rule change severity, and the wording rules go off without a reason", () => {
    expect(() =>
      assertRuleChoices({ M1: { setting: "warning" }, Q4: { setting: "off" }, K7: { setting: "off" } }),
    ).not.toThrow();
  });

  it.each(["M1", "K1"] as const)("turns %s off only with a recorded reason", (rule) => {
    expect(() =>
      assertRuleChoices({ [rule]: { setting: "off", reason: "Piloting two objectives per team" } }),
    ).not.toThrow();
    for (const reason of [undefined, "", "   "]) {
      let error: unknown;
      try {
        assertRuleChoices({ [rule]: { setting: "off", reason } });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details).toEqual([
        expect.objectContaining({ field: `rules.${rule}.reason`, rule: "required" }),
      ]);
    }
  });
});
