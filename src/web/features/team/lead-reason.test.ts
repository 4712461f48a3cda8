import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { refusalReasons } from "../../../domain/policies.ts";
import { en } from "../../i18n/en.ts";
import { zhCN } from "../../i18n/zh-CN.ts";
import { namedReason } from "./lead-reason.ts";

async function tFor(lng: string) {
  const i18n = createInstance();
  await i18n.init({ lng, resources: { en: { translation: en }, "zh-CN": { translation: zhCN } } });
  return i18n.t;
}

const leads = (names: string[], known = true) => ({
  names,
  phrase: new Intl.ListFormat("en", { type: "conjunction" }).format(names),
  known,
});

// Issue 12 point 10: "ask them" names who the unit's lead is (M3), or says there is none yet.
describe("the lead's refusal names the lead", () => {
  it.each([
    [
      "one lead",
      leads(["Sofia Martins"]),
      "Only the unit's lead sets its objective (M3): ask Sofia Martins, or an admin.",
    ],
    [
      "two leads",
      leads(["Ana Lima", "Bo Chen"]),
      "Only the unit's leads set its objective (M3): ask Ana Lima and Bo Chen, or an admin.",
    ],
    [
      "no lead",
      leads([]),
      "Only the unit's lead sets its objective (M3), and this unit has no lead yet: ask an admin to name one.",
    ],
    // Before the members are read, the policy's own words, never a wrong "no lead".
    ["leads not known yet", leads([], false), "Only the unit's lead sets its objective (M3); ask them, or an admin."],
  ])("%s", async (_label, who, text) => {
    expect(namedReason(await tFor("en"), refusalReasons.lead_only, who)).toBe(text);
  });

  it("leaves every other refusal as the policy words it, translated", async () => {
    const t = await tFor("zh-CN");
    expect(namedReason(t, refusalReasons.unit_members_only, leads(["Sofia Martins"]))).toBe(zhCN.why.editKeyResults);
    expect(namedReason(t, refusalReasons.lead_only, leads(["王芳"]))).toBe(
      "只有单元负责人设定目标（M3）：请联系王芳或管理员。",
    );
  });
});
