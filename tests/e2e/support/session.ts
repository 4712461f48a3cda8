import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { RunningServer } from "../../../src/server.ts";
import { launchChromium } from "./browser.ts";
import { startGrove } from "./grove.ts";

export interface GroveInChromium {
  /** This file's own server (from the run's demo snapshot); set before the file's own `beforeAll`. */
  readonly server: RunningServer;
  /** This file's connection to the run's Chromium; it makes its own contexts. */
  readonly browser: Browser;
}

/**
 * What every browser test file starts with: its own Grove server and a connection to Chromium,
 * both ready before the file's own `beforeAll` hooks (registered after this call) run, and both
 * closed after its tests.
 */
export function useGroveInChromium(options: Parameters<typeof startGrove>[0] = {}): GroveInChromium {
  const grove: { server?: RunningServer; browser?: Browser } = {};
  beforeAll(async () => {
    [grove.server, grove.browser] = await Promise.all([startGrove(options), launchChromium()]);
  });
  afterAll(async () => {
    await grove.browser?.close();
    await grove.server?.close();
  });
  return {
    get server() {
      if (!grove.server) throw new Error("the Grove server starts in beforeAll");
      return grove.server;
    },
    get browser() {
      if (!grove.browser) throw new Error("Chromium is connected in beforeAll");
      return grove.browser;
    },
  };
}
