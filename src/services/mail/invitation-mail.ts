import type { Locale } from "../../domain/coach/index.ts";
import type { OrgRole } from "../../domain/policies.ts";
import type { ServiceContext, Tx } from "../context.ts";
import { enqueue } from "../outbox/enqueue.ts";
import { layoutMail, type MailPayload } from "./layout.ts";

const ROLE: Record<Locale, Record<OrgRole, string>> = {
  en: { admin: "an admin", member: "a member", viewer: "a viewer" },
  zh: { admin: "管理员", member: "成员", viewer: "只读成员" },
};

const TEXT: Record<
  Locale,
  { subject: (org: string) => string; body: (org: string, role: string, days: number) => string[]; accept: string }
> = {
  en: {
    subject: (org) => `You are invited to ${org} on Grove`,
    body: (org, role, days) => [
      `You are invited to join ${org} on Grove as ${role}.`,
      `Grove is where ${org} keeps its objectives and key results. The link below works once and for ${days} days.`,
      "If you did not expect this invitation, ignore this mail.",
    ],
    accept: "Accept the invitation",
  },
  zh: {
    subject: (org) => `${org} 邀请您加入 Grove`,
    body: (org, role, days) => [
      `${org} 邀请您以${role}身份加入 Grove。`,
      `${org} 在 Grove 上管理目标与关键结果。下面的链接只能使用一次，${days} 天内有效。`,
      "如果您没有预期收到此邀请，请忽略本邮件。",
    ],
    accept: "接受邀请",
  },
};

export function invitationMail(input: {
  to: string;
  locale: Locale;
  organisationName: string;
  role: OrgRole;
  link: string;
  validDays: number;
}): MailPayload {
  const text = TEXT[input.locale];
  return layoutMail({
    to: input.to,
    locale: input.locale,
    organisationName: input.organisationName,
    subject: text.subject(input.organisationName),
    paragraphs: text.body(input.organisationName, ROLE[input.locale][input.role], input.validDays),
    action: { label: text.accept, url: input.link },
  });
}

/**
 * Writes the invitation mail to the outbox in the invitation's transaction (`tx`, in the
 * organisation's tenant), in the organisation's language: the invitee has no account, so no
 * language of their own. Returns false, writing nothing, when mail is off: the admin copies the
 * link instead.
 */
export async function enqueueInvitationMail(
  ctx: ServiceContext,
  tx: Tx,
  invitation: { orgId: string; id: string; email: string; role: OrgRole; token: string; validDays: number },
): Promise<boolean> {
  if (!ctx.messaging.mail) return false;
  const org = await tx
    .selectFrom("organisations")
    .select(["name", "locale"])
    .where("id", "=", invitation.orgId)
    .executeTakeFirstOrThrow();
  const payload = invitationMail({
    to: invitation.email,
    locale: org.locale,
    organisationName: org.name,
    role: invitation.role,
    link: invitationLink(ctx, invitation.token),
    validDays: invitation.validDays,
  });
  await enqueue(ctx, tx, [
    { orgId: invitation.orgId, channel: "mail", kind: "invitation", payload, dedupeKey: `invitation:${invitation.id}` },
  ]);
  return true;
}

/** The web app's page that accepts an invitation (src/web/app/App.tsx). */
export function invitationLink(ctx: ServiceContext, token: string): string {
  return `${ctx.messaging.publicUrl}/invite/${encodeURIComponent(token)}`;
}
