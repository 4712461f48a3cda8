import pino from "pino";

export type Logger = pino.Logger;

/** Structured JSON logs on stdout; level from LOG_LEVEL (tests use "silent"). */
export function createLogger(level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: { service: "grove" } });
}
