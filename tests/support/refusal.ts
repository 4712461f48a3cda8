import { expect } from "vitest";
import { AppError, type FieldIssue } from "../../src/domain/errors.ts";
import type { TestResponse } from "./test-app.ts";

/** The AppError a pure rule throws; the test fails when the rule throws nothing (or something else). */
export function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error("expected a refusal");
}

/**
 * The API refused with `status`, and its details are exactly `issues` in that order, each matched
 * on what it names (its field and rule, or its message).
 */
export function expectRefused(response: TestResponse, status: number, ...issues: Partial<FieldIssue>[]): void {
  expect(response.status).toBe(status);
  expect(response.body.error.details).toEqual(issues.map((issue) => expect.objectContaining(issue)));
}
