import { AppError } from "../../src/domain/errors.ts";

/** The AppError a pure rule throws; the test fails when the rule throws nothing (or something else). */
export function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error("expected a refusal");
}
