import {
  type KeyResultFacts,
  loadKeyResultFacts,
  loadObjectiveFacts,
  loadReviewFacts,
} from "../../db/repositories/webhook-events.ts";
import { listSubscribers, type Subscriber } from "../../db/repositories/webhooks.ts";
import type { CheckInReading, PeriodStatus } from "../../db/schema.ts";
import { type Pace, paceOf } from "../../domain/pace.ts";
import type { WebhookEvent, WebhookEventType } from "../../domain/webhooks.ts";
import type { Executor, ServiceContext } from "../context.ts";
import { enqueue } from "../outbox/enqueue.ts";

// Webhook events, written with their change (docs/notifications.md "Webhooks and chat"): in the
// change's transaction, one outbox row (channel "webhook") per active webhook that takes the
// event, all rows of one event sharing its id. A change nobody subscribed to costs one query.

/** What a webhook row of the outbox carries: which webhook, and the event it posts. */
export interface WebhookMessage {
  webhookId: string;
  event: WebhookEvent;
}

type EventData = WebhookEvent["data"];

/** Writes one event to the outbox for each subscriber that takes its type. */
export async function enqueueEvents(
  ctx: ServiceContext,
  tx: Executor,
  orgId: string,
  subscribers: Subscriber[],
  events: { type: WebhookEventType; data: EventData }[],
): Promise<void> {
  const first = subscribers[0];
  if (!first) return;
  const occurredAt = ctx.now().toISOString();
  const messages = events.flatMap(({ type, data }) => {
    const event: WebhookEvent = {
      id: ctx.newId(),
      type,
      occurredAt,
      organisation: { slug: first.orgSlug, name: first.orgName },
      locale: first.orgLocale,
      data,
    };
    return subscribers
      .filter((hook) => hook.events.includes(type))
      .map((hook) => ({
        orgId,
        channel: "webhook" as const,
        kind: type,
        payload: { webhookId: hook.id, event } satisfies WebhookMessage,
      }));
  });
  await enqueue(ctx, tx, messages);
}

/** The web app's address of a path in the organisation. */
export function linkTo(ctx: ServiceContext, slug: string, path: string): string {
  return `${ctx.messaging.publicUrl.replace(/\/+$/, "")}/orgs/${slug}${path}`;
}

export type RecordedReading = CheckInReading;

/** Follows check-ins within their transaction; `recorded` writes their events after the rescore. */
export interface CheckInWatch {
  recorded(tx: Executor, readings: RecordedReading[]): Promise<void>;
}

/** The events a check-in may fire: its subscribers are the webhooks that take any of them. */
export const CHECK_IN_EVENTS: WebhookEventType[] = ["check_in.recorded", "key_result.at_risk"];

/**
 * Call before a check-in (or batch) writes anything: one query for the webhooks that take
 * `CHECK_IN_EVENTS` (none when the caller `listed` them with its own read); null when there are
 * none, and the check-in pays nothing more. When some take `key_result.at_risk`, the KRs' pace before the change is
 * kept, so the event fires only when a check-in moves a KR into the at-risk band.
 */
export async function watchCheckIns(
  ctx: ServiceContext,
  tx: Executor,
  orgId: string,
  keyResultIds: string[],
  listed?: Subscriber[],
): Promise<CheckInWatch | null> {
  const subscribers = listed ?? (await listSubscribers(tx, orgId, CHECK_IN_EVENTS));
  if (subscribers.length === 0) return null;
  const watchesRisk = subscribers.some((hook) => hook.events.includes("key_result.at_risk"));
  const before = watchesRisk ? pacesOf(await loadKeyResultFacts(tx, orgId, keyResultIds), ctx.now()) : new Map();
  return {
    async recorded(tx, readings) {
      const authorIds = [...new Set(readings.flatMap((r) => (r.authorId ? [r.authorId] : [])))];
      const rows = await loadKeyResultFacts(tx, orgId, keyResultIds, authorIds);
      const facts = new Map(rows.map((kr) => [kr.id, kr]));
      const names = new Map(Object.entries(rows[0]?.peopleNames ?? {}));
      const slug = subscribers[0]?.orgSlug ?? "";
      const events: { type: WebhookEventType; data: EventData }[] = [];
      const latest = new Map<string, RecordedReading>();
      for (const reading of readings) {
        const kr = facts.get(reading.keyResultId);
        if (!kr) continue;
        latest.set(kr.id, reading);
        const checkIn = {
          id: reading.id,
          value: reading.value,
          confidence: reading.confidence,
          comment: reading.comment,
          checkedInAt: reading.checkedInAt.toISOString(),
          author: reading.authorId ? { id: reading.authorId, name: names.get(reading.authorId) ?? "" } : null,
        };
        events.push({ type: "check_in.recorded", data: { checkIn, ...keyResultData(ctx, slug, kr) } });
      }
      if (watchesRisk) {
        const after = pacesOf([...facts.values()], ctx.now());
        for (const [id, reading] of latest) {
          const kr = facts.get(id) as KeyResultFacts;
          if (after.get(id) !== "at_risk" || before.get(id) === "at_risk") continue;
          events.push({
            type: "key_result.at_risk",
            data: { checkInId: reading.id, ...keyResultData(ctx, slug, kr, paceOfFacts(kr, ctx.now()).reasons) },
          });
        }
      }
      await enqueueEvents(ctx, tx, orgId, subscribers, events);
    },
  };
}

function paceOfFacts(kr: KeyResultFacts, now: Date) {
  return paceOf(kr, { startsOn: kr.startsOn, endsOn: kr.endsOn }, now);
}

function pacesOf(keyResults: KeyResultFacts[], now: Date): Map<string, Pace | null> {
  return new Map(keyResults.map((kr) => [kr.id, paceOfFacts(kr, now).pace]));
}

function keyResultData(ctx: ServiceContext, slug: string, kr: KeyResultFacts, reasons?: string[]) {
  return {
    keyResult: {
      id: kr.id,
      title: kr.title,
      kind: kr.kind,
      unit: kr.unit,
      baseline: kr.baseline,
      target: kr.target,
      progress: kr.progress,
      ...(reasons ? { pace: "at_risk", reasons } : {}),
    },
    objective: { id: kr.objectiveId, title: kr.objectiveTitle },
    unit: { id: kr.unitId, name: kr.unitName },
    period: { id: kr.periodId, name: kr.periodName },
    url: linkTo(ctx, slug, `/units/${kr.unitId}`),
  };
}

/**
 * Writes one event of `type` when some webhook takes it: one query when none does; `data` is
 * read only when it is needed (null: nothing to tell).
 */
async function emitEvent(
  ctx: ServiceContext,
  tx: Executor,
  orgId: string,
  type: WebhookEventType,
  data: (slug: string) => Promise<EventData | null>,
): Promise<void> {
  const subscribers = await listSubscribers(tx, orgId, [type]);
  if (subscribers.length === 0) return;
  const payload = await data(subscribers[0]?.orgSlug ?? "");
  if (payload) await enqueueEvents(ctx, tx, orgId, subscribers, [{ type, data: payload }]);
}

/** `objective.activated`: call in the transaction that made the objective active. */
export function objectiveActivated(ctx: ServiceContext, tx: Executor, orgId: string, objectiveId: string) {
  return emitEvent(ctx, tx, orgId, "objective.activated", async (slug) => {
    const o = await loadObjectiveFacts(tx, orgId, objectiveId);
    if (!o) return null;
    return {
      objective: { id: o.id, title: o.title, description: o.description },
      keyResults: o.keyResults,
      unit: { id: o.unitId, name: o.unitName },
      period: { id: o.periodId, name: o.periodName },
      url: linkTo(ctx, slug, `/units/${o.unitId}`),
    };
  });
}

/** `review.done`: call in the transaction that marked the review session held. */
export function reviewDone(ctx: ServiceContext, tx: Executor, orgId: string, reviewId: string) {
  return emitEvent(ctx, tx, orgId, "review.done", async (slug) => {
    const r = await loadReviewFacts(tx, orgId, reviewId);
    if (!r) return null;
    return {
      review: { id: r.id, kind: r.kind, dueOn: r.dueOn, heldAt: r.heldAt?.toISOString() ?? null },
      unit: { id: r.unitId, name: r.unitName },
      period: { id: r.periodId, name: r.periodName },
      url: linkTo(ctx, slug, `/units/${r.unitId}/review`),
    };
  });
}

export interface ClosedPeriod {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  status: PeriodStatus;
}

/** `period.closed`: call in the transaction that closed the period. */
export function periodClosed(
  ctx: ServiceContext,
  tx: Executor,
  orgId: string,
  period: ClosedPeriod,
  finalScores: { objectives: number; keyResults: number },
) {
  return emitEvent(ctx, tx, orgId, "period.closed", async (slug) => ({
    period: { id: period.id, name: period.name, startsOn: period.startsOn, endsOn: period.endsOn },
    finalScoresRecorded: finalScores,
    url: linkTo(ctx, slug, `/dashboard?period=${encodeURIComponent(period.name)}`),
  }));
}
