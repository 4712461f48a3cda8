import { describe, expect, it } from "vitest";
import { refusal } from "../../tests/support/refusal.ts";
import {
  assertCanEnd,
  assertCanStart,
  assertFixedWhileRunning,
  changedFields,
  type EndInput,
  metricChangeReason,
  metricMet,
} from "./experiments.ts";

describe("a metric's threshold (S6)", () => {
  it.each([
    ["at_least", 30, 30, true],
    ["at_least", 30, 29.9, false],
    ["at_most", 0.2, 0.2, true],
    ["at_most", 0.2, 0.25, false],
  ] as const)("%s %s is met by %s: %s", (direction, threshold, observed, met) => {
    expect(metricMet({ direction, threshold }, observed)).toBe(met);
  });

  it("names the fields a change moves", () => {
    const before = { name: "Signup rate", direction: "at_least", threshold: 30, unit: "%" } as const;
    expect(changedFields(before, { ...before, threshold: 25 })).toEqual(["threshold"]);
    expect(changedFields(before, before)).toEqual([]);
  });
});

describe("starting fixes the metrics (S6)", () => {
  it.each([
    ["an experiment with metrics", { status: "draft", kind: "experiment" }, 2, null],
    ["an interview round without metrics (K6)", { status: "draft", kind: "interview" }, 0, null],
    ["an experiment without metrics", { status: "draft", kind: "experiment" }, 0, "S6"],
    ["a running experiment", { status: "running", kind: "experiment" }, 2, "conflict"],
  ] as const)("%s: %s", (_name, experiment, metrics, code) => {
    if (code === null) expect(() => assertCanStart(experiment, metrics)).not.toThrow();
    else expect(refusal(() => assertCanStart(experiment, metrics)).code).toBe(code);
  });
});

describe("a metric change after the start needs a reason (S6)", () => {
  it.each([
    ["draft", undefined, ""],
    ["draft", " why ", "why"],
    ["running", "  The tracking broke ", "The tracking broke"],
  ] as const)("%s with %j keeps %j", (status, reason, kept) => {
    expect(metricChangeReason(status, reason)).toBe(kept);
  });

  it.each([
    ["running", undefined, 422, "reason"],
    ["running", "   ", 422, "reason"],
    ["ended", "why", 409, "status"],
  ] as const)("refuses %s with %j: %s on %s", (status, reason, http, field) => {
    const error = refusal(() => metricChangeReason(status, reason));
    expect(error.status).toBe(http);
    expect(error.details[0]?.field).toBe(field);
    if (http === 422) expect(error.details[0]?.rule).toBe("S6");
  });

  it("keeps the hypothesis and key result fixed while it runs, free in draft", () => {
    expect(() => assertFixedWhileRunning("draft", ["hypothesis"])).not.toThrow();
    expect(() => assertFixedWhileRunning("running", [])).not.toThrow();
    const error = refusal(() => assertFixedWhileRunning("running", ["hypothesis", "keyResultId"]));
    expect(error.code).toBe("S6");
    expect(error.details.map((d) => d.field)).toEqual(["hypothesis", "keyResultId"]);
  });
});

describe("ending needs the full result", () => {
  const running = { status: "running", kind: "experiment" } as const;
  const metrics = [
    { id: "m1", droppedReason: null },
    { id: "m2", droppedReason: "tracking broke" },
    { id: "m3", droppedReason: null },
  ];
  const complete: EndInput = {
    outcome: "supported",
    learning: "Shorter forms convert",
    observed: [
      { metricId: "m1", value: 31 },
      { metricId: "m3", value: 2 },
    ],
  };

  it("accepts every metric not dropped observed, with a learning", () => {
    expect(() => assertCanEnd(running, metrics, complete)).not.toThrow();
  });

  it("names each metric left without its observed value (S6: the full set)", () => {
    const error = refusal(() =>
      assertCanEnd(running, metrics, { ...complete, observed: complete.observed.slice(0, 1) }),
    );
    expect(error.code).toBe("S6");
    expect(error.details).toEqual([{ field: "observed.2", rule: "S6", message: expect.any(String) }]);
  });

  it("asks an interview round who was talked to and what pain was heard (K6)", () => {
    const error = refusal(() =>
      assertCanEnd({ status: "running", kind: "interview" }, [], { ...complete, observed: [] }),
    );
    expect(error.details.map((d) => [d.field, d.rule])).toEqual([
      ["participants", "K6"],
      ["painHeard", "K6"],
    ]);
  });

  it("refuses to end a draft", () => {
    expect(refusal(() => assertCanEnd({ status: "draft", kind: "experiment" }, metrics, complete)).status).toBe(409);
  });
});
