import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import { DEFAULT_MAIL_FROM } from "../../../src/config.ts";
import type { DbConfig } from "../../../src/db/create-db.ts";
import type { SignUpMode } from "../../../src/domain/sign-up-mode.ts";
import { createLogger } from "../../../src/logger.ts";
import { type RunningServer, startServer } from "../../../src/server.ts";
import { createFileDatabase } from "../../support/postgres-per-file.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/** Builds the web app unless dist/web is already current (the build skips itself then). */
export function buildWebApp(): void {
  execFileSync(process.execPath, ["--import", "tsx", "src/web/build.ts", "--if-needed"], {
    cwd: root,
    stdio: "inherit",
  });
}

/** The database on the run's PostgreSQL server that each file's own database is copied from. */
export const E2E_POSTGRES_TEMPLATE = "grove_e2e_template";

/**
 * Where a file's server keeps its data, both holding the demo organisations as the e2e global
 * setup loaded them (tests/e2e/support/global-setup.ts):
 * - "postgres" (the default): a database of the file's own on the run's PostgreSQL server, copied
 *   from E2E_POSTGRES_TEMPLATE. A request costs far less CPU there than in the embedded database
 *   (WebAssembly in the test's own process), and Grove's tests are not about which one it is.
 * - "pglite": an in-memory embedded database copied from the run's snapshot, for the files about
 *   what a first `grove serve` (embedded, no PostgreSQL) shows: demo-loop, demo-zh,
 *   getting-started. Every file runs on it when no PostgreSQL server is found outside CI.
 */
export type E2eDatabase = "postgres" | "pglite";

/**
 * The real Grove server on a free port and its own database (see E2eDatabase) holding the demo
 * organisations; with `smtpUrl` (a receiver from tests/support/smtp-receiver.ts) mail is on, and
 * with it email verification unless `emailVerification` is false; `signUp` is GROVE_SIGN_UP
 * (default open). close() also drops a PostgreSQL copy.
 */
export async function startGrove(
  options: { smtpUrl?: string; signUp?: SignUpMode; emailVerification?: boolean; database?: E2eDatabase } = {},
): Promise<RunningServer> {
  const postgresUrl = inject("e2ePostgresUrl");
  const copy =
    (options.database ?? "postgres") === "postgres" && postgresUrl
      ? await createFileDatabase(postgresUrl, E2E_POSTGRES_TEMPLATE)
      : null;
  const db: DbConfig = copy
    ? { kind: "postgres", url: copy.url }
    : { kind: "pglite-snapshot", snapshot: new Blob([readFileSync(inject("e2eDemoSnapshot"))]) };
  let server: RunningServer;
  try {
    server = await startServer(
      {
        port: 0,
        host: "127.0.0.1",
        db,
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
  } catch (error) {
    await copy?.drop();
    throw error;
  }
  if (!copy) return server;
  const close = server.close;
  return { ...server, close: () => close().then(() => copy.drop()) };
}
