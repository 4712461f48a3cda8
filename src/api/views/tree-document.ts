import type { Context } from "hono";
import type { Logger } from "../../logger.ts";
import type { TreeDocument } from "../../services/views/okr-tree-document.ts";
import type { AppEnv } from "../shared/env.ts";
import { etagMatches } from "../shared/json-reads.ts";

const encoder = new TextEncoder();

/**
 * The whole-period document as a streamed answer (docs/performance.md, "Memory"): its ETag is
 * the document's stamp, known before the first slice is read, so a repeat that sends it back
 * costs a 304 and no read of objectives at all; otherwise the JSON goes out slice by slice (and
 * through the gzip of app.ts as it goes). It sets its own Cache-Control, so json-reads.ts leaves
 * it alone instead of buffering it to hash the body.
 */
export function treeDocumentResponse(c: Context<AppEnv>, document: TreeDocument): Response {
  const etag = `W/"${document.stamp}"`;
  const headers = { "cache-control": "private, no-cache", etag };
  if (etagMatches(c.req.header("if-none-match"), etag)) {
    void document.close();
    return c.body(null, 304, headers);
  }
  const stream = textStream(document, c.get("logger"), c.get("requestId"));
  return c.body(stream, 200, { ...headers, "content-type": "application/json" });
}

/**
 * How long the document waits for its reader to take the next slice: its transaction (on the
 * embedded database, the one connection) is held meanwhile, so a reader that stops reading but
 * keeps its connection open is cut off rather than holding it for ever.
 */
export const TREE_STALL_MS = 30_000;

/**
 * The document's slices as a byte stream, one slice per pull, so no more than a slice waits in
 * memory for a slow reader. A failure after the headers went out cannot change the status any
 * more: it is logged and the stream errors, which ends the response without its last chunk, so
 * the client sees a broken transfer, never a shorter document that parses. So does a reader
 * that takes no slice for `stallMs`.
 */
export function textStream(
  document: TreeDocument,
  logger: Logger,
  requestId: string,
  stallMs = TREE_STALL_MS,
): ReadableStream<Uint8Array> {
  let started = false;
  let stall: NodeJS.Timeout | undefined;
  // The client went away or stopped reading. A started generator ends the transaction in its
  // `finally` once its current read is done (never under a read in flight); one never started, here.
  const stop = async () => {
    clearTimeout(stall);
    if (started) await document.text.return(undefined);
    else await document.close();
  };
  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, error: unknown) => {
    logger.error({ requestId, err: error }, "the whole-period document failed after its headers were sent");
    controller.error(error);
  };
  const arm = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    stall = setTimeout(() => {
      fail(controller, new Error(`The reader took no slice of the whole-period document for ${stallMs} ms`));
      void stop();
    }, stallMs);
    stall.unref();
  };
  return new ReadableStream<Uint8Array>(
    {
      start: arm,
      async pull(controller) {
        clearTimeout(stall);
        started = true;
        try {
          const next = await document.text.next();
          if (next.done) return controller.close();
          controller.enqueue(encoder.encode(next.value));
          arm(controller);
        } catch (error) {
          fail(controller, error);
        }
      },
      cancel: stop,
    },
    { highWaterMark: 0 },
  );
}
