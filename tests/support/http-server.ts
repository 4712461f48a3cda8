import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

/**
 * A real HTTP server in the test's process for the test file (a metric source's endpoint, say),
 * on 127.0.0.1 and a free port, started before the file's tests and closed after them.
 * `origin()` is its `http://127.0.0.1:PORT`.
 */
export function useHttpServer(handler: RequestListener): { origin: () => string } {
  let server: Server | undefined;
  let origin = "";
  beforeAll(async () => {
    const started = createServer(handler);
    await new Promise<void>((resolve) => started.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
    server = started;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  });
  return {
    origin: () => {
      if (!origin) throw new Error("the HTTP server starts in beforeAll");
      return origin;
    },
  };
}
