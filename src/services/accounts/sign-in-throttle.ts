import {
  countAddressAttempt,
  countPairAttempt,
  forgetPair,
  giveBackAddressAttempt,
  pruneThrottle,
} from "../../db/repositories/sign-in-throttle.ts";
import { AppError } from "../../domain/errors.ts";
import { retryAfterSeconds, throttleAddress, waitInWords } from "../../domain/sign-in-throttle.ts";
import type { ServiceContext } from "../context.ts";
import { hashSecret } from "./secrets.ts";

/** A 429 that says when to try again (the route sends it as Retry-After, in seconds). */
export class SignInThrottled extends AppError {
  override readonly retryAfterSeconds: number;

  constructor(retryAfter: number, message: string) {
    super("rate_limited", message);
    this.retryAfterSeconds = retryAfter;
  }
}

/** An attempt that has been counted; report how it ended. */
export interface SignInAttempt {
  /**
   * The password was right (or never checked, e.g. a new account's sign-up refused for its
   * slug): the account starts over from this address, the address gets its attempt back.
   */
  passwordRight(): Promise<void>;
  /** The password was wrong: the count stands (it was made before checking). Old counters go on both. */
  passwordWrong(): Promise<void>;
  /**
   * The password was right and a second step (a TOTP code) is due: the address gets its attempt
   * back (an office of two-factor accounts signing in is no failure each), but the account's count
   * from this address stands until the second step succeeds, so a known password does not buy
   * fresh guesses at the code.
   */
  secondStepDue(): Promise<void>;
}

/**
 * Counts a password attempt for an email from a client address before the password is checked
 * (issue 12, defects 1 and 3). Throws SignInThrottled (429) when that account is waiting out its
 * backoff from this address, or the address has used up its failures across accounts. Unknown
 * emails are counted exactly like known ones, so the throttle does not tell them apart.
 */
export async function countSignInAttempt(
  ctx: ServiceContext,
  email: string,
  clientAddress: string | undefined,
): Promise<SignInAttempt> {
  const now = ctx.now();
  const address = throttleAddress(clientAddress);
  const pairKey = hashSecret(`pair\u0000${email.toLowerCase()}\u0000${address}`);
  const addressKey = hashSecret(`address\u0000${address}`);
  // The pair first: an attempt it refuses is not counted against the address, so one account's
  // burst from a shared address (an office) does not use up the address. The other way round, an
  // attempt the address refuses has been counted for its pair: it errs on the careful side.
  const pair = await countPairAttempt(ctx.db, pairKey, now);
  if (!pair.allowed) {
    const seconds = retryAfterSeconds(pair.until, now);
    throw new SignInThrottled(
      seconds,
      `Too many failed sign-ins for this email from your network: try again in ${waitInWords(seconds)}`,
    );
  }
  const fromAddress = await countAddressAttempt(ctx.db, addressKey, now);
  if (!fromAddress.allowed) {
    const seconds = retryAfterSeconds(fromAddress.until, now);
    throw new SignInThrottled(
      seconds,
      `Too many failed sign-ins from your network: try again in ${waitInWords(seconds)}`,
    );
  }
  return {
    async passwordRight() {
      await forgetPair(ctx.db, pairKey);
      await giveBackAddressAttempt(ctx.db, addressKey, fromAddress.expiresAt);
      // Also here, so address rows of sign-ins that never fail do not pile up either.
      await pruneThrottle(ctx.db);
    },
    async passwordWrong() {
      await pruneThrottle(ctx.db);
    },
    async secondStepDue() {
      await giveBackAddressAttempt(ctx.db, addressKey, fromAddress.expiresAt);
    },
  };
}
