import { insertOutboxMessages, type NewOutboxMessage } from "../../db/repositories/outbox.ts";
import type { Executor, ServiceContext } from "../context.ts";

export type OutboxMessage = Omit<NewOutboxMessage, "id">;

/**
 * Puts messages in the outbox inside `tx`, the transaction of the change that causes them: they
 * are delivered only if the change commits (docs/notifications.md). A message whose dedupe key
 * is already there is dropped. Returns the ids of the messages written.
 */
export function enqueue(ctx: ServiceContext, tx: Executor, messages: OutboxMessage[]): Promise<string[]> {
  return insertOutboxMessages(
    tx,
    messages.map((message) => ({ ...message, id: ctx.newId() })),
    ctx.now(),
  );
}
