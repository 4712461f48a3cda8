import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { DEFAULT_MAIL_FROM } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { startServer } from "../../../src/server.ts";
import { chromiumPath, launchChromiumServer } from "./browser.ts";
import { buildWebApp } from "./grove.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated embedded database with both demo organisations loaded, as a tarball. */
    e2eDemoSnapshot: string;
    /** The websocket address of the run's shared Chromium, or "" when there is none. */
    e2eBrowser: string;
  }
}

/**
 * Once per run: builds the web app; starts the real server on an empty in-memory database so it
 * migrates and loads both demos exactly as `grove serve` does, and dumps that database; starts
 * the one Chromium every file connects to. Each test file then starts its own server from the
 * dump (under a second) instead of loading the demos again (seconds per file), and makes its
 * own browser contexts: files never share a database, cookies or storage.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildWebApp();
  const server = await startServer(
    {
      port: 0,
      host: "127.0.0.1",
      db: { kind: "pglite", dataDir: "memory://" },
      demoOnEmpty: true,
      logLevel: "silent",
      // The snapshot holds the demo as loaded: no reminder of this run's first minute in it.
      deliveryWorker: false,
      publicUrl: null,
      smtpUrl: null,
      mailFrom: DEFAULT_MAIL_FROM,
    },
    createLogger("silent"),
  );
  const file = join(tmpdir(), `grove-e2e-demo-${process.pid}.tar`);
  try {
    const blob = await (server.db.pglite as NonNullable<typeof server.db.pglite>).dumpDataDir("none");
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  } finally {
    await server.close();
  }
  project.provide("e2eDemoSnapshot", file);
  const browser = chromiumPath() ? await launchChromiumServer() : null;
  project.provide("e2eBrowser", browser?.wsEndpoint() ?? "");
  return async () => {
    await browser?.close();
    rmSync(file, { force: true });
  };
}
