import { describe, expect, it } from "vitest";
import { canonicalBody, IDEMPOTENCY_KEY_PATTERN, stateOfKey } from "./idempotency.ts";

describe("what makes a retry the same request (docs/api-retries.md)", () => {
  it.each([
    [
      "key order and whitespace",
      '{"b":2,"a":{"d":1,"c":[3,{"f":1,"e":2}]}}',
      '{ "a": { "c": [3, { "e": 2, "f": 1 }], "d": 1 }, "b": 2 }',
    ],
    ["an empty body", "", ""],
  ])("reads two bodies that differ only in %s as one", (_label, left, right) => {
    expect(canonicalBody(left)).toBe(canonicalBody(right));
  });

  it.each([
    ["a value", '{"value":1}', '{"value":2}'],
    ["the order of a list", '{"ids":[1,2]}', '{"ids":[2,1]}'],
    ["a field more", '{"a":1}', '{"a":1,"b":null}'],
  ])("tells bodies apart by %s", (_label, left, right) => {
    expect(canonicalBody(left)).not.toBe(canonicalBody(right));
  });

  it("keeps a body that is not JSON (a CSV import) as it was sent", () => {
    expect(canonicalBody("name,start\nS1,2027-01-04")).toBe("name,start\nS1,2027-01-04");
  });

  it("takes 1 to 255 visible ASCII characters as a key", () => {
    expect(
      ["a", "0b7f3c9e-4a51-4a8e-9d43-3f6a2c1d5e7f", "~".repeat(255)].map((k) => IDEMPOTENCY_KEY_PATTERN.test(k)),
    ).toEqual([true, true, true]);
    expect(["", "a b", "é", "x".repeat(256)].map((k) => IDEMPOTENCY_KEY_PATTERN.test(k))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("replays a kept answer, waits on one in flight, refuses another request", () => {
    const kept = {
      fingerprint: "f1",
      status: 201,
      responseHeaders: { "content-type": "application/json" },
      responseBody: "{}",
    };
    expect(stateOfKey(kept, "f1")).toEqual({ kind: "replay", status: 201, headers: kept.responseHeaders, body: "{}" });
    expect(stateOfKey({ ...kept, status: null }, "f1")).toEqual({ kind: "in_flight" });
    expect(stateOfKey({ ...kept, status: null }, "f2")).toEqual({ kind: "other_request" });
  });
});
