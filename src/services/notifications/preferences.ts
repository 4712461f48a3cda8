import { AppError } from "../../domain/errors.ts";
import {
  channelOf,
  type NotificationChannel,
  type NotificationKind,
  notificationKinds,
  ruleOfKind,
} from "../../domain/notifications.ts";
import { readTenant, type ServiceContext, type Tx } from "../context.ts";
import { type Scope, writeChange } from "../write.ts";

// Each person's choice per kind of message (docs/notifications.md): mail, chat or off. Every
// member sets their own, viewers too; an API token may read them but not change them.

export interface Preference {
  kind: NotificationKind;
  channel: NotificationChannel;
  /** False when nothing was chosen and the default applies. */
  chosen: boolean;
  /** The method's rule that asks for this kind of message. */
  rule: string;
  /** The digest goes to unit leads only: for others the choice waits until they lead a unit. */
  applies: boolean;
}

export interface Preferences {
  preferences: Preference[];
  /** Whether the server sends mail at all (without SMTP the messages stay in the app). */
  mailOn: boolean;
}

/** The person the caller is; a system scope has no preferences. */
export function personOf(scope: Scope, write: boolean): string {
  const actor = scope.actor;
  if (actor.kind !== "person") throw new AppError("forbidden", "Only a person has notification preferences");
  if (write && actor.tokenScope !== null) {
    throw new AppError("forbidden", "Notification preferences are changed by a signed-in person, not by an API token");
  }
  return actor.personId;
}

export async function readPreferences(ctx: ServiceContext, scope: Scope): Promise<Preferences> {
  const personId = personOf(scope, false);
  const isLead = scope.actor.kind === "person" && [...scope.actor.unitRoles.values()].includes("lead");
  return readTenant(ctx, scope.orgId, async (tx) => {
    const rows = await tx
      .selectFrom("notificationPreferences")
      .select(["kind", "channel"])
      .where("orgId", "=", scope.orgId)
      .where("personId", "=", personId)
      .execute();
    const chosen = new Map(rows.map((row) => [row.kind, row.channel]));
    return {
      mailOn: ctx.messaging.mail,
      preferences: notificationKinds.map((kind) => ({
        kind,
        channel: chosen.get(kind) ?? channelOf(kind, undefined, true),
        chosen: chosen.has(kind),
        rule: ruleOfKind[kind],
        applies: kind !== "digest" || isLead,
      })),
    };
  });
}

export async function setPreference(
  ctx: ServiceContext,
  scope: Scope,
  kind: NotificationKind,
  channel: NotificationChannel,
): Promise<Preferences> {
  const personId = personOf(scope, true);
  await writeChange(ctx, scope, async (tx) => {
    await choose(tx, ctx, scope.orgId, personId, kind, channel);
    return { result: undefined, history: [] }; // a personal setting, not a change to the OKRs (S7)
  });
  return readPreferences(ctx, scope);
}

export async function choose(
  tx: Tx,
  ctx: ServiceContext,
  orgId: string,
  personId: string,
  kind: NotificationKind,
  channel: NotificationChannel,
): Promise<void> {
  await tx
    .insertInto("notificationPreferences")
    .values({ orgId, personId, kind, channel, changedAt: ctx.now() })
    .onConflict((c) => c.columns(["orgId", "personId", "kind"]).doUpdateSet({ channel, changedAt: ctx.now() }))
    .execute();
}
