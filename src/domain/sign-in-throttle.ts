// The rules of the sign-in throttle (issue 12, defects 1 and 3). Pure: the database applies them
// atomically (src/db/repositories/sign-in-throttle.ts), the service decides what to answer.
//
// Two counters, neither of which lets one client lock out another:
// - per account and client address: a few free failures, then a wait that doubles with each
//   further failure up to 15 minutes. Another address (the owner at their desk) is not affected.
// - per client address across accounts: at most ADDRESS_LIMIT failures in a 15-minute window, so
//   one address cannot spray guesses over many accounts.
// Every attempt is counted before its password is checked (an attempt in flight counts as a
// failure), so concurrent requests cannot all pass one read of the counter. A success takes its
// count back: the pair starts over, the address gives the attempt back.

/** Failures of one account from one address before any wait. */
export const FREE_FAILURES = 4;
/** The longest wait between two attempts of one account from one address. */
export const MAX_BACKOFF_SECONDS = 15 * 60;
/** A pair that stays quiet this long after its wait is forgotten (starts with free failures again). */
export const FORGET_PAIR_AFTER_SECONDS = 15 * 60;
/** Failures one address may have across all accounts within one window. */
export const ADDRESS_LIMIT = 30;
export const ADDRESS_WINDOW_SECONDS = 15 * 60;

/**
 * The wait after the n-th consecutive failure of one account from one address: none for the
 * first FREE_FAILURES, then 2, 4, 8, ... seconds, capped at MAX_BACKOFF_SECONDS.
 */
export function backoffSeconds(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_BACKOFF_SECONDS, 2 ** (failures - FREE_FAILURES));
}

/**
 * backoffSeconds for 1..n, ending at the cap, for the database to index by failure count
 * (a count past the end uses the last entry). One source of truth for the SQL and the tests.
 */
export function backoffSchedule(): number[] {
  const schedule: number[] = [];
  for (let failures = 1; ; failures++) {
    schedule.push(backoffSeconds(failures));
    if (schedule.at(-1) === MAX_BACKOFF_SECONDS) return schedule;
  }
}

/** Whole seconds until `until` (at least 1): the Retry-After header of a 429. */
export function retryAfterSeconds(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/** The wait in words for the error message ("20 seconds", "3 minutes"); clients translate by the number. */
export function waitInWords(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * The client address a throttle counts, from the socket's remote address or the trusted proxy's
 * X-Forwarded-For entry. IPv4-mapped IPv6 becomes IPv4; an IPv6 address counts by its /64, since
 * one host usually holds a whole /64 and could otherwise step around the limit per address.
 */
export function throttleAddress(address: string | undefined | null): string {
  const raw = (address ?? "").trim().toLowerCase();
  if (!raw) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(raw);
  if (mapped?.[1]) return mapped[1];
  if (!raw.includes(":")) return raw;
  const groups = expandIpv6(raw.replace(/%.*$/, ""));
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : raw;
}

function expandIpv6(address: string): string[] | null {
  const [head = "", tail, ...rest] = address.split("::");
  if (rest.length > 0) return null;
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...Array<string>(missing).fill("0"), ...right];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ""));
}
