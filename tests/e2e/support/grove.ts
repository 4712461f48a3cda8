import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DEFAULT_MAIL_FROM } from "../../../src/config.ts";
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
 * The real Grove server on a free port, an in-memory database and the demo organisation; with
 * `smtpUrl` (a receiver from tests/support/smtp-receiver.ts) mail is on.
 */
export function startGrove(options: { smtpUrl?: string } = {}): Promise<RunningServer> {
  return startServer(
    {
      port: 0,
      host: "127.0.0.1",
      db: { kind: "pglite", dataDir: "memory://" },
      demoOnEmpty: true,
      logLevel: "silent",
      deliveryWorker: true,
      publicUrl: null,
      smtpUrl: options.smtpUrl ?? null,
      mailFrom: DEFAULT_MAIL_FROM,
    },
    createLogger("silent"),
  );
}
