import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { type Positions, parseLsn, routeReads } from "../../db/read-routing.ts";

// Read your own writes with a read replica (docs/operations.md, "Read replica"). A GET's tenant
// reads may go to the replica; every other method's go to the primary. After a request that wrote,
// the primary's WAL position comes back in the grove_lsn cookie and the X-Grove-Lsn header; a
// read that sends it back (cookie or header) is served by the replica only once the replica has
// replayed that far, else by the primary. Instances keep nothing: the client carries the position.
// Without a replica no position is ever noted, so nothing is sent.

export const LSN_COOKIE = "grove_lsn";
export const LSN_HEADER = "X-Grove-Lsn";

/** Long enough to outlast any lag the replica is allowed (DATABASE_REPLICA_MAX_LAG_SECONDS, at most an hour). */
const LSN_COOKIE_SECONDS = 3_600;

export const readYourWrites: MiddlewareHandler = async (c, next) => {
  const reads = c.req.method === "GET" || c.req.method === "HEAD";
  const positions: Positions = { seen: parseLsn(c.req.header(LSN_HEADER) ?? getCookie(c, LSN_COOKIE)), wrote: null };
  await routeReads({ replica: reads, positions }, next);
  if (positions.wrote) {
    const secure = new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
    setCookie(c, LSN_COOKIE, positions.wrote, {
      httpOnly: true,
      sameSite: "Lax",
      secure,
      path: "/",
      maxAge: LSN_COOKIE_SECONDS,
    });
    c.header(LSN_HEADER, positions.wrote);
  }
};
