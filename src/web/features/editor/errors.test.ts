import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { ApiRequestError } from "../../api/client.ts";
import { en } from "../../i18n/en.ts";
import { zhCN } from "../../i18n/zh-CN.ts";
import { failureText } from "./errors.ts";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, "zh-CN": { translation: zhCN } },
    lng: "en",
    interpolation: { escapeValue: false },
  });
});

const refusal = (status: number, code: string, details: { field: string; rule: string; message: string }[] = []) =>
  new ApiRequestError(status, {
    code,
    message: "Only the unit's lead and members check in on its key results.",
    details,
  });

describe("failureText: what a failed request says, by where it failed", () => {
  const offline = new TypeError("Failed to fetch");
  const fault = new ApiRequestError(500, { code: "internal_error", message: "boom", details: [] });
  const withField = refusal(422, "K1", [{ field: "keyResults.0.metric", rule: "K1", message: "Needs a metric" }]);

  it.each<[string, unknown, "save" | "load", string | undefined]>([
    ["nothing failed", null, "save", undefined],
    ["an unreachable save", offline, "save", "Grove can't be reached. Your entry is kept; try again."],
    [
      "an unreachable load",
      offline,
      "load",
      "Grove can't be reached. This page loads again on its own once the connection is back.",
    ],
    [
      "Grove's own fault on save",
      fault,
      "save",
      "Grove ran into a problem of its own (error 500). Your entry is kept; try again.",
    ],
    // The policy's refusal, in the reader's language (M3).
    ["a refusal", refusal(403, "forbidden"), "save", "Only the unit's lead and members check in on its key results."],
    // Field details show under their fields, not again as a summary.
    ["a refusal naming fields", withField, "save", undefined],
    ["a version conflict (its dialog asks)", refusal(409, "version_conflict"), "save", undefined],
  ])("%s", (_, error, purpose, expected) => {
    expect(failureText(i18n.t, error, purpose)).toBe(expected);
  });

  it("summarises a refusal naming fields where the control has no fields to show them", () => {
    expect(failureText(i18n.t, withField, "save", false)).toBe(en.apiErrors.K1.summary);
  });

  it("speaks the reader's language", async () => {
    await i18n.changeLanguage("zh-CN");
    expect(failureText(i18n.t, new TypeError("Failed to fetch"), "save")).toBe(zhCN.failure.unreachableSave);
    await i18n.changeLanguage("en");
  });
});
