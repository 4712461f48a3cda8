import pino from "pino";

export type Logger = pino.Logger;

/**
 * Structured JSON logs on stdout; level from LOG_LEVEL (tests use "silent"). `fields` go on every
 * line: a worker process's number (docs/operations.md, "All cores").
 */
export function createLogger(level = process.env.LOG_LEVEL ?? "info", fields: Record<string, unknown> = {}): Logger {
  return pino({ level, base: { service: "grove", ...fields } });
}
