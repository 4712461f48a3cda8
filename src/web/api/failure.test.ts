import { describe, expect, it } from "vitest";
import { ApiRequestError } from "./client.ts";
import { type Failure, failureOf, isTransient, refusalOf } from "./failure.ts";

const body = (code: string, details: { field: string; rule: string; message: string }[] = []) => ({
  code,
  message: `${code} happened`,
  details,
});

describe("failureOf", () => {
  const refusal = body("K1", [{ field: "keyResults.0.target", rule: "K1", message: "Needs a target" }]);
  it.each<[string, unknown, Failure | undefined, boolean]>([
    ["no error", null, undefined, false],
    // fetch rejects with a TypeError when nothing answers (server down, offline, request aborted).
    ["a network failure", new TypeError("Failed to fetch"), { kind: "unreachable" }, true],
    ["a gateway's 502", new ApiRequestError(502, undefined), { kind: "unreachable" }, true],
    ["a gateway's 503", new ApiRequestError(503, undefined), { kind: "unreachable" }, true],
    ["a gateway's 504", new ApiRequestError(504, undefined), { kind: "unreachable" }, true],
    ["Grove's own 500", new ApiRequestError(500, body("internal_error")), { kind: "server", status: 500 }, true],
    [
      "a version conflict",
      new ApiRequestError(409, body("version_conflict")),
      { kind: "conflict", error: body("version_conflict") },
      false,
    ],
    [
      "a refusal with fields",
      new ApiRequestError(422, refusal),
      { kind: "refused", status: 422, error: refusal },
      false,
    ],
    [
      "a refusal by policy",
      new ApiRequestError(403, body("forbidden")),
      { kind: "refused", status: 403, error: body("forbidden") },
      false,
    ],
    [
      "a 409 that is not a version conflict",
      new ApiRequestError(409, body("M1")),
      { kind: "refused", status: 409, error: body("M1") },
      false,
    ],
    [
      "a 400 validation failure",
      new ApiRequestError(400, body("validation_failed")),
      { kind: "refused", status: 400, error: body("validation_failed") },
      false,
    ],
  ])("reads %s", (_, error, expected, transient) => {
    expect(failureOf(error)).toEqual(expected);
    expect(isTransient(failureOf(error))).toBe(transient);
  });

  it("gives the API's refusal only when Grove gave one", () => {
    expect(refusalOf(new ApiRequestError(422, refusal))).toEqual(refusal);
    expect(refusalOf(new TypeError("Failed to fetch"))).toBeUndefined();
    expect(refusalOf(new ApiRequestError(500, body("internal_error")))).toBeUndefined();
  });
});
