import type { Api } from "./env.ts";
import { IDEMPOTENCY_KEY_HEADER } from "./idempotency.ts";

const documented = new WeakSet<Api>();

/** The two request headers, as reusable parameters of the OpenAPI document (once per API). */
export function retryParameters(api: Api, kind: "idempotent" | "versioned"): { $ref: string }[] {
  if (!documented.has(api)) {
    documented.add(api);
    api.openAPIRegistry.registerComponent("parameters", "IdempotencyKey", {
      name: IDEMPOTENCY_KEY_HEADER,
      in: "header",
      required: false,
      description:
        "Makes a retry safe: for 24 hours a repeat of this request by the same caller in this organisation gets " +
        "the first answer again (with `Idempotency-Replayed: true`) and writes nothing. The key with another " +
        "request is 422; while the first request runs, 409. See docs/api-retries.md.",
      schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7e]+$" },
    });
    api.openAPIRegistry.registerComponent("parameters", "IfMatch", {
      name: "If-Match",
      in: "header",
      required: false,
      description:
        "The ETag the row's GET returned, instead of `version` in the body. One of the two is required (428 " +
        "without); a stale one is 409 version_conflict.",
      schema: { type: "string", example: '"v7-3Fh0nV1"' },
    });
  }
  return [{ $ref: `#/components/parameters/${kind === "idempotent" ? "IdempotencyKey" : "IfMatch"}` }];
}
