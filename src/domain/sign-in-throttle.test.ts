import { describe, expect, it } from "vitest";
import { itMaps } from "../../tests/support/table-cases.ts";
import {
  ADDRESS_LIMIT,
  backoffSchedule,
  backoffSeconds,
  FREE_FAILURES,
  MAX_BACKOFF_SECONDS,
  retryAfterSeconds,
  throttleAddress,
  waitInWords,
} from "./sign-in-throttle.ts";

describe("the stated constants", () => {
  it("allow 4 free failures per account and address, 30 per address, and wait at most 15 minutes", () => {
    expect([FREE_FAILURES, ADDRESS_LIMIT, MAX_BACKOFF_SECONDS]).toEqual([4, 30, 900]);
  });
});

describe("backoffSeconds: the wait after the n-th consecutive failure of one account from one address", () => {
  itMaps("after %i failures waits %i s", backoffSeconds, [
    [1, 0],
    [4, 0],
    [5, 2],
    [6, 4],
    [7, 8],
    [13, 512],
    [14, 900],
    [40, 900],
  ]);

  it("gives the database a schedule that ends at the cap", () => {
    const schedule = backoffSchedule();
    expect(schedule).toEqual([0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900]);
    schedule.forEach((seconds, i) => {
      expect(seconds).toBe(backoffSeconds(i + 1));
    });
  });
});

describe("retryAfterSeconds and waitInWords", () => {
  const now = new Date("2027-01-01T00:00:00Z");
  it.each([
    [0, 1],
    [-5000, 1],
    [1, 1],
    [1500, 2],
    [900_000, 900],
  ])("%i ms ahead is Retry-After %i", (ms, seconds) => {
    expect(retryAfterSeconds(new Date(now.getTime() + ms), now)).toBe(seconds);
  });
  itMaps("%i s reads %s", waitInWords, [
    [1, "1 second"],
    [20, "20 seconds"],
    [89, "89 seconds"],
    [90, "2 minutes"],
    [900, "15 minutes"],
  ]);
});

describe("throttleAddress: which client a throttle counts", () => {
  itMaps("%s counts as %s", throttleAddress, [
    ["203.0.113.7", "203.0.113.7"],
    [" 203.0.113.7 ", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:DB8:1:2::9", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["", "unknown"],
    [undefined, "unknown"],
    ["not:an:address::x", "not:an:address::x"],
  ]);
});
