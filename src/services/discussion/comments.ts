import type { Selectable } from "kysely";
import { peopleNamedAfterAt } from "../../db/repositories/mentions.ts";
import { personName, sameTenant } from "../../db/repositories/tenant-joins.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { CommentsTable } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import { idsOf } from "../../domain/ids.ts";
import { mentionedIn } from "../../domain/mentions.ts";
import { authorize } from "../../domain/policies.ts";
import type { WriteComment } from "../../schemas/discussion.ts";
import { assertCanReadUnit, unitOfObjective } from "../access.ts";
import type { Executor, ServiceContext, Tx } from "../context.ts";
import { notifyMentions } from "../notifications/mentions.ts";
import { lockRow } from "../tenant-reads.ts";
import { defineUseCase } from "../use-case.ts";
import { type Scope, writeChange } from "../write.ts";

// The discussion of a KR or of an objective (docs/check-ins.md, "Discussion"). Everyone who may
// read the unit comments, except viewers and API tokens; a comment is edited by its author only
// and deleted by its author or an admin. Every change is in the history (S7).

export type Thread = { keyResultId: string } | { objectiveId: string };

/** A comment as the API validates it: its body, and the people picked in the UI (@Full Name in the body is found as well). */
export type CommentInput = WriteComment;

export interface Comment extends Omit<Selectable<CommentsTable>, "orgId"> {
  authorName: string | null;
  mentions: { id: string; name: string }[];
}

/** A thread whole, oldest first: threads are conversations of a few dozen comments, not logs. */
export const listComments = defineUseCase("read", async ({ tx, scope, orgId }, thread: Thread) => {
  await requireReadableThread(tx, scope, thread);
  const rows = await tx
    .selectFrom("comments as c")
    .select((eb) => [
      "c.id",
      "c.objectiveId",
      "c.keyResultId",
      "c.authorId",
      personName(eb, "c.authorId").as("authorName"),
      "c.body",
      "c.createdAt",
      "c.editedAt",
    ])
    .where("c.orgId", "=", orgId)
    .where(
      "keyResultId" in thread ? "c.keyResultId" : "c.objectiveId",
      "=",
      "keyResultId" in thread ? thread.keyResultId : thread.objectiveId,
    )
    .orderBy("c.createdAt")
    .orderBy("c.id")
    .execute();
  const mentions = await mentionsOf(tx, orgId, idsOf(rows));
  return rows.map((row) => ({ ...row, mentions: mentions.get(row.id) ?? [] }));
});

export async function addComment(
  ctx: ServiceContext,
  scope: Scope,
  thread: Thread,
  input: CommentInput,
): Promise<Comment> {
  authorize(scope.actor, { do: "comment" });
  return writeChange(ctx, scope, async (tx) => {
    await requireReadableThread(tx, scope, thread);
    const row = await tx
      .insertInto("comments")
      .values({
        orgId: scope.orgId,
        id: ctx.newId(),
        objectiveId: "objectiveId" in thread ? thread.objectiveId : null,
        keyResultId: "keyResultId" in thread ? thread.keyResultId : null,
        authorId: scope.actor.kind === "person" ? scope.actor.personId : null,
        body: input.body,
        createdAt: ctx.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const mentions = await storeMentions(tx, scope.orgId, row.id, input);
    await notifyMentions(ctx, tx, scope.orgId, { ...mentioned(row), personIds: mentions });
    return {
      result: await withNames(tx, row),
      history: [{ entity: "comment", entityId: row.id, action: "create", before: null, after: { ...row, mentions } }],
    };
  });
}

export const editComment = defineUseCase(
  "write",
  async ({ tx, ctx, scope, orgId }, id: string, input: CommentInput) => {
    const before = await lockComment(tx, orgId, id);
    authorize(scope.actor, { do: "editComment", authorId: before.authorId });
    const row = await tenantRows("comments").updateHeld(tx, orgId, id, { body: input.body, editedAt: ctx.now() });
    const earlier = await tx
      .deleteFrom("commentMentions")
      .where("orgId", "=", orgId)
      .where("commentId", "=", id)
      .returning("personId")
      .execute();
    const mentions = await storeMentions(tx, orgId, id, input);
    // Only the people the edit added hear of it; those mentioned before were told already.
    const told = new Set(earlier.map((m) => m.personId));
    await notifyMentions(ctx, tx, orgId, { ...mentioned(row), personIds: mentions.filter((p) => !told.has(p)) });
    return {
      result: await withNames(tx, row),
      history: [{ entity: "comment", entityId: id, action: "update", before, after: { ...row, mentions } }],
    };
  },
);

/** Removes the comment; its history row keeps what it said and who removed it (S7). */
export const deleteComment = defineUseCase("write", async ({ tx, scope, orgId }, id: string) => {
  const before = await lockComment(tx, orgId, id);
  authorize(scope.actor, { do: "deleteComment", authorId: before.authorId });
  await tx.deleteFrom("comments").where("orgId", "=", orgId).where("id", "=", id).execute();
  return {
    result: undefined,
    history: [{ entity: "comment", entityId: id, action: "delete", before, after: null }],
  };
});

function mentioned(row: Selectable<CommentsTable>) {
  return { commentId: row.id, objectiveId: row.objectiveId, keyResultId: row.keyResultId, authorId: row.authorId };
}

async function lockComment(tx: Tx, orgId: string, id: string) {
  return lockRow(tx, orgId, "comments", id, "Comment");
}

/** The thread's KR or objective exists in the organisation and its unit is readable (S5). */
async function requireReadableThread(tx: Executor, scope: Scope, thread: Thread): Promise<void> {
  let objectiveId: string;
  if ("keyResultId" in thread) {
    const keyResult = await tenantRows("keyResults").find(tx, scope.orgId, thread.keyResultId);
    if (!keyResult) throw new AppError("not_found", "Key result not found");
    objectiveId = keyResult.objectiveId;
  } else objectiveId = thread.objectiveId;
  const unitId = await unitOfObjective(tx, scope.orgId, objectiveId);
  if (!unitId) throw new AppError("not_found", "Objective not found");
  await assertCanReadUnit(tx, scope, unitId);
}

/**
 * Stores who the comment mentions: the people picked (each must be of the organisation, else a
 * 404 naming the field) and those written as @Full Name in the body. Returns their ids.
 */
async function storeMentions(tx: Tx, orgId: string, commentId: string, input: CommentInput): Promise<string[]> {
  const picked = [...new Set(input.mentionIds ?? [])];
  if (picked.length > 0) {
    const known = new Set(
      (await tx.selectFrom("people").select("id").where("orgId", "=", orgId).where("id", "in", picked).execute()).map(
        (p) => p.id,
      ),
    );
    const unknown = (input.mentionIds ?? []).flatMap((id, i) => (known.has(id) ? [] : [i]));
    if (unknown.length > 0) {
      throw new AppError(
        "not_found",
        "Person not found",
        unknown.map((i) => ({
          field: `mentionIds.${i}`,
          rule: "exists",
          message: "no person with this id in the organisation",
        })),
      );
    }
  }
  // Only people whose name follows an @ somewhere in the text can be mentioned by it.
  const candidates = input.body.includes("@") ? await peopleNamedAfterAt(tx, orgId, input.body) : [];
  const ids = [...new Set([...picked, ...mentionedIn(input.body, candidates)])];
  if (ids.length > 0) {
    await tx
      .insertInto("commentMentions")
      .values(ids.map((personId) => ({ orgId, commentId, personId })))
      .execute();
  }
  return ids;
}

async function mentionsOf(db: Executor, orgId: string, commentIds: string[]) {
  const byComment = new Map<string, { id: string; name: string }[]>();
  if (commentIds.length === 0) return byComment;
  const rows = await db
    .selectFrom("commentMentions as m")
    .innerJoin("people as p", (j) => sameTenant(j, "p.id", "m.personId"))
    .select(["m.commentId", "p.id", "p.name"])
    .where("m.orgId", "=", orgId)
    .where("m.commentId", "in", commentIds)
    .orderBy("p.name")
    .execute();
  for (const row of rows) {
    const list = byComment.get(row.commentId) ?? [];
    list.push({ id: row.id, name: row.name });
    byComment.set(row.commentId, list);
  }
  return byComment;
}

/** The comment as a thread lists it: with its author's name and the people it mentions. */
async function withNames(db: Executor, row: Selectable<CommentsTable>): Promise<Comment> {
  const author = row.authorId ? await tenantRows("people").find(db, row.orgId, row.authorId) : undefined;
  const mentions = await mentionsOf(db, row.orgId, [row.id]);
  const { orgId: _, ...comment } = row;
  return { ...comment, authorName: author?.name ?? null, mentions: mentions.get(row.id) ?? [] };
}
