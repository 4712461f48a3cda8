// When a failed delivery is tried again (issue 11, docs/notifications.md). A receiver that is
// down gets the message once it is back, without every waiting message arriving at once:
// the wait doubles per attempt up to a ceiling, with jitter so that many instances' retries
// spread out instead of arriving together.

/** After this many failed attempts a message is dead: kept and shown to admins, not retried. */
export const MAX_DELIVERY_ATTEMPTS = 16;

/** The wait after the first failure; it doubles with each attempt. */
export const FIRST_RETRY_MS = 15_000;

/**
 * The longest wait between two attempts. The wait reaches it at the ninth attempt, so the 16
 * attempts span about 6 to 9 hours: a receiver down for a morning still gets everything.
 */
export const LONGEST_RETRY_MS = 60 * 60 * 1000;

export type DeliveryOutcome = { status: "sent" } | { status: "retry"; at: Date } | { status: "dead" };

/**
 * What follows a failed attempt. `attempts` counts the attempts made so far, this one included;
 * `random` is a number in [0, 1) (injected so tests can fix it). The jitter keeps the wait
 * between half and all of the doubled delay ("equal jitter"), so it never collapses to zero.
 */
export function afterFailure(attempts: number, now: Date, random: number): DeliveryOutcome {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return { status: "dead" };
  const doubled = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  const wait = doubled / 2 + (doubled / 2) * random;
  return { status: "retry", at: new Date(now.getTime() + Math.round(wait)) };
}
