import type { ClaimedMessage } from "../../db/repositories/outbox.ts";
import type { OutboxChannel } from "../../db/schema.ts";

export type { ClaimedMessage };

/**
 * Delivers one message of a channel (mail, chat, webhook) or throws. A `DeliveryRefused` says
 * retrying cannot help (a receiver that answered 410 Gone, an address the mail server refuses):
 * the message is dead at once. What a deliverer returns may replace the stored payload after
 * sending, so a secret such as a password reset link does not stay in the outbox.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: most deliverers return nothing; `async () => {}` is Promise<void>
export type Deliverer = (message: ClaimedMessage) => Promise<void | { storedPayload: unknown }>;

export type Deliverers = Partial<Record<OutboxChannel, Deliverer>>;

/** A failure no retry can mend. */
export class DeliveryRefused extends Error {}

/**
 * What a deliverer may attach to the error it throws: the payload to keep should the message end
 * dead (refused, or out of attempts), so a secret link does not stay in a dead row either.
 */
export interface FailureWithStoredPayload {
  storedPayload?: unknown;
}
