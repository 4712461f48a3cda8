import { createRoute, z } from "@hono/zod-openapi";
import { AUDIT_CSV_COLUMNS, type AuditFilterOf, auditQueryOf, csvLine } from "../../domain/audit-log.ts";
import { type AuditQuery, type AuditEntry as Entry, exportAuditLog, listAuditLog } from "../../services/audit-log.ts";
import { errorsOf, securityOf } from "../shared/contract.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { OrgParams } from "../shared/schemas.ts";
import { AuditEntry, AuditExportQuery, AuditPage, AuditPageQuery } from "./schema.ts";

const tags = ["Audit log"];

/** Admins read and export the organisation's administrative changes; nothing here writes. */
export function registerAuditLogRoutes(api: Api): void {
  const routes = orgRoutes(api, tags);
  routes.get("/orgs/{org}/audit-log", {
    operationId: "listAuditLog",
    description:
      "Who changed roles, removed people, changed settings or tokens, and when (admins only); OKR changes are in each row's history (S7).",
    summary: "Administrative changes (roles, removals, settings), newest first, one page (admins only)",
    query: AuditPageQuery,
    responds: [200, AuditPage, "One page"],
    run: ({ services, scope, query: { limit, cursor, ...filter } }) =>
      listAuditLog(services, scope, { ...queryOf(filter), limit, ...(cursor ? { cursor } : {}) }),
  });
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/audit-log/export",
      operationId: "exportAuditLog",
      description:
        "The same entries and filters as listAuditLog, every one of them, streamed for an archive or a compliance review (admins only).",
      security: securityOf("member", "get"),
      tags,
      summary: "Every matching entry, streamed as CSV (header row, UTF-8 with BOM) or a JSON array (admins only)",
      request: { params: OrgParams, query: AuditExportQuery },
      responses: {
        ...errorsOf(400, 401, 403, 404),
        200: {
          description: "A download",
          content: {
            "text/csv": { schema: z.string() },
            "application/json": { schema: z.array(AuditEntry) },
          },
        },
      },
    }),
    async (c) => {
      const { org } = c.req.valid("param");
      const { format, ...filter } = c.req.valid("query");
      const pages = await exportAuditLog(c.get("services"), await scopeOf(c, org), queryOf(filter));
      const stamp = new Date().toISOString().slice(0, 10);
      c.header("content-type", format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
      c.header("content-disposition", `attachment; filename="audit-log-${org}-${stamp}.${format}"`);
      c.header("cache-control", "no-store");
      return c.body(format === "csv" ? csvStream(pages) : jsonStream(pages)) as never;
    },
  );
}

/** The query's days and instants as the half-open range [from, to) (a day `to` includes that day). */
function queryOf(filter: AuditFilterOf<string>): AuditQuery {
  return auditQueryOf(filter, instantOf);
}

/** An instant as sent, or a bare day's UTC midnight (`daysAfter` days on). */
function instantOf(value: string, daysAfter: number): Date {
  if (value.length > 10) return new Date(value);
  const day = new Date(`${value}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + daysAfter);
  return day;
}

const encoder = new TextEncoder();

/**
 * A response body fed one page at a time. A failure after the first bytes cannot change the
 * status any more, so it aborts the stream: the download fails visibly instead of ending early
 * as if complete.
 */
function streamOf(
  pages: AsyncGenerator<Entry[]>,
  head: string,
  render: (entry: Entry, first: boolean) => string,
  tail: string,
) {
  let first = true;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(head));
      }
      const next = await pages.next();
      if (next.done) {
        controller.enqueue(encoder.encode(tail));
        controller.close();
        return;
      }
      const text = next.value.map((entry) => {
        const line = render(entry, first);
        first = false;
        return line;
      });
      controller.enqueue(encoder.encode(text.join("")));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

/** CSV for spreadsheets: a BOM so Excel reads UTF-8 (Chinese names), a header row, CRLF lines. */
function csvStream(pages: AsyncGenerator<Entry[]>) {
  const cells = (entry: Entry) =>
    AUDIT_CSV_COLUMNS.map((column) => {
      const value = entry[column];
      if (column === "before" || column === "after") return value === null ? null : JSON.stringify(value);
      if (value instanceof Date) return value.toISOString();
      return (value as string | null) ?? null;
    });
  return streamOf(pages, `\uFEFF${csvLine([...AUDIT_CSV_COLUMNS])}`, (entry) => csvLine(cells(entry)), "");
}

/** A JSON array of the same entries as the list's pages. */
function jsonStream(pages: AsyncGenerator<Entry[]>) {
  return streamOf(pages, "[", (entry, first) => `${first ? "" : ","}\n${JSON.stringify(entry)}`, "\n]\n");
}
