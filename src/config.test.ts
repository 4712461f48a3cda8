import { describe, expect, it } from "vitest";
import { loadConfig, UsageError } from "./config.ts";

describe("TRUST_PROXY", () => {
  it.each<[string | undefined, number]>([
    [undefined, 0],
    ["", 0],
    ["false", 0],
    ["0", 0],
    ["true", 1],
    ["TRUE", 1],
    ["2", 2],
  ])("%j trusts %i proxies", (value, proxies) => {
    expect(loadConfig({}, { TRUST_PROXY: value }).trustProxy).toBe(proxies);
  });

  it("refuses anything else, naming the setting", () => {
    expect(() => loadConfig({}, { TRUST_PROXY: "yes" })).toThrow(UsageError);
    expect(() => loadConfig({}, { TRUST_PROXY: "10.0.0.0/8" })).toThrow(
      /TRUST_PROXY must be true, false or the number/,
    );
  });
});
