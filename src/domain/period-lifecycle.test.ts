import { describe, expect, it } from "vitest";
import { refusal } from "../../tests/support/refusal.ts";
import { itMaps } from "../../tests/support/table-cases.ts";
import {
  assertReviewCadence,
  checkTransition,
  isFrozen,
  legalTargets,
  nextStatus,
  type PeriodStatus,
  periodClosedError,
} from "./period-lifecycle.ts";

describe("period lifecycle", () => {
  const steps: [from: PeriodStatus, to: PeriodStatus, reason: string | undefined, kind: string][] = [
    ["planning", "active", undefined, "advance"],
    ["active", "in_review", undefined, "advance"],
    ["in_review", "closed", undefined, "advance"],
    ["closed", "in_review", "a late reading was missed", "reopen"],
    ["closed", "active", "the quarter was extended", "reopen"],
  ];
  it.each(steps)("%s -> %s is a legal %s step", (from, to, reason, kind) => {
    expect(checkTransition(from, to, reason)).toBe(kind);
  });

  const jumps: [from: PeriodStatus, to: PeriodStatus][] = [
    ["planning", "in_review"],
    ["planning", "closed"],
    ["active", "closed"],
    ["active", "planning"],
    ["in_review", "active"],
    ["in_review", "planning"],
    ["closed", "planning"],
    ["active", "active"],
    ["closed", "closed"],
  ];
  it.each(jumps)("%s -> %s is refused with 409 naming the lifecycle rule", (from, to) => {
    const error = refusal(() => checkTransition(from, to, "a reason does not make a jump legal"));
    expect(error.code).toBe("period_transition");
    expect(error.status).toBe(409);
    expect(error.details).toEqual([expect.objectContaining({ field: "to", rule: "lifecycle" })]);
  });

  it.each([undefined, "", "   "])("a reopen without a reason (%j) is refused under S7", (reason) => {
    const error = refusal(() => checkTransition("closed", "in_review", reason));
    expect(error.code).toBe("S7");
    expect(error.status).toBe(422);
    expect(error.details[0]?.field).toBe("reason");
  });

  it("offers one step forward, and from closed only the reopen targets", () => {
    expect(nextStatus("planning")).toBe("active");
    expect(nextStatus("in_review")).toBe("closed");
    expect(nextStatus("closed")).toBeNull();
    expect(legalTargets("closed")).toEqual(["in_review", "active"]);
    expect(legalTargets("active")).toEqual(["in_review"]);
  });

  itMaps("%s frozen: %s", isFrozen, [
    ["planning", false],
    ["active", false],
    ["in_review", false],
    ["closed", true],
  ]);

  it("the freeze says which period is closed and who can reopen it", () => {
    const error = periodClosedError("2026-Q3");
    expect(error.status).toBe(409);
    expect(error.code).toBe("period_closed");
    expect(error.message).toBe("2026-Q3 is closed; an admin can reopen it with a reason");
    expect(error.details).toEqual([]); // no field is at fault: forms show it below their fields
  });
});

describe("review cadence (S4)", () => {
  it.each([4, 6, 13])("%i weeks is accepted", (weeks) => {
    expect(() => assertReviewCadence(weeks)).not.toThrow();
  });

  it.each([1, 2, 3])("%i weeks is refused: 2-3 week formal reviews are not a good use of time", (weeks) => {
    const error = refusal(() => assertReviewCadence(weeks));
    expect(error.code).toBe("S4");
    expect(error.status).toBe(422);
    expect(error.message).toContain("not a good use of time");
    expect(error.details[0]).toMatchObject({ field: "reviewCadenceWeeks", rule: "S4" });
  });

  it.each([14, 26])("%i weeks is refused: at least one review a quarter", (weeks) => {
    expect(refusal(() => assertReviewCadence(weeks)).details[0]?.message).toContain("at most 13");
  });

  it("half weeks are refused", () => {
    expect(refusal(() => assertReviewCadence(5.5)).code).toBe("validation_failed");
  });
});
