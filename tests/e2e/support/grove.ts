import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import { DEFAULT_MAIL_FROM } from "../../../src/config.ts";
import type { SignUpMode } from "../../../src/domain/sign-up-mode.ts";
import { createLogger } from "../../../src/logger.ts";
import { type RunningServer, startServer } from "../../../src/server.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/** Builds the web app unless dist/web is already current (the build skips itself then). */
export function buildWebApp(): void {
  execFileSync(process.execPath, ["--import", "tsx", "src/web/build.ts", "--if-needed"], {
    cwd: root,
    stdio: "inherit",
  });
}

/**
 * The real Grove server on a free port and its own in-memory database holding the demo
 * organisations, copied from the snapshot the e2e global setup made
 * (tests/e2e/support/global-setup.ts); with `smtpUrl` (a receiver from
 * tests/support/smtp-receiver.ts) mail is on, and with it email verification unless
 * `emailVerification` is false; `signUp` is GROVE_SIGN_UP (default open).
 */
export function startGrove(
  options: { smtpUrl?: string; signUp?: SignUpMode; emailVerification?: boolean } = {},
): Promise<RunningServer> {
  const snapshot = new Blob([readFileSync(inject("e2eDemoSnapshot"))]);
  return startServer(
    {
      port: 0,
      host: "127.0.0.1",
      db: { kind: "pglite-snapshot", snapshot },
      demoOnEmpty: true,
      logLevel: "silent",
      deliveryWorker: true,
      publicUrl: null,
      smtpUrl: options.smtpUrl ?? null,
      mailFrom: DEFAULT_MAIL_FROM,
      signUp: options.signUp,
      // Unset: required exactly when mail is on, as GROVE_EMAIL_VERIFICATION's default.
      emailVerification: options.emailVerification,
    },
    createLogger("silent"),
  );
}
