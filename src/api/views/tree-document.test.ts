import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterEach, describe, expect, it } from "vitest";
import type { Logger } from "../../logger.ts";
import type { TreeDocument } from "../../services/views/okr-tree-document.ts";
import { textStream } from "./tree-document.ts";

// What a client of the streamed whole-period document sees when it cannot be finished, over real
// HTTP (docs/performance.md, "Memory"): the headers are out, so the status cannot say it; the
// transfer ends broken instead, never as a shorter body that parses, and the server logs why.

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

function logged() {
  const errors: string[] = [];
  const logger = { error: (_fields: unknown, message: string) => errors.push(message) } as unknown as Logger;
  return { errors, logger };
}

/** A document whose slices come from `slices`; `closed` says whether its transaction was ended. */
function documentOf(slices: () => AsyncGenerator<string, void, undefined>) {
  const state = { closed: false };
  const document: TreeDocument = {
    stamp: "stamp",
    text: slices(),
    close: async () => {
      state.closed = true;
    },
  };
  return { document, state };
}

async function served(body: () => ReadableStream<Uint8Array>): Promise<string> {
  const app = new Hono().get("/", (c) => c.body(body(), 200, { "content-type": "application/json" }));
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  servers.push(server);
  await new Promise((resolve) => server.once("listening", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe("the whole-period document's stream", () => {
  it("ends the transfer broken, not short, when a slice fails after the headers, and logs it", async () => {
    const { errors, logger } = logged();
    const { document } = documentOf(async function* () {
      yield '{"period":{},"units":[';
      yield '{"id":"a"}';
      throw new Error("the database went away");
    });
    const url = await served(() => textStream(document, logger, "request-1"));
    const res = await fetch(url);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    expect(errors).toEqual(["the whole-period document failed after its headers were sent"]);
  });

  it("sends every slice and ends cleanly when nothing fails", async () => {
    const { errors, logger } = logged();
    const { document } = documentOf(async function* () {
      yield '{"units":[';
      yield "1,2";
      yield "]}";
    });
    const res = await fetch(await served(() => textStream(document, logger, "request-2")));
    expect(JSON.parse(await res.text())).toEqual({ units: [1, 2] });
    expect(errors).toEqual([]);
  });

  it("cuts off a reader that takes nothing, ending the document's transaction", async () => {
    const { errors, logger } = logged();
    const { document, state } = documentOf(async function* () {
      yield "[]";
    });
    const stream = textStream(document, logger, "request-3", 50);
    const reader = stream.getReader();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(reader.read()).rejects.toThrow(/took no slice/);
    expect(state.closed).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
