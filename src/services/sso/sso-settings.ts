import { changeOf } from "../../db/repositories/history.ts";
import { findSsoSettings, type SsoSettingsRow, saveSsoSettings } from "../../db/repositories/sso.ts";
import { AppError, type FieldIssue } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import { issuerProblem, type JitRole, normaliseDomains } from "../../domain/sso.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { adminChange, type Scope } from "../write.ts";

/** The organisation's single sign-on as an admin sees it: the client secret only as "set". */
export interface SsoSettingsView {
  configured: boolean;
  enabled: boolean;
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  defaultRole: JitRole;
  allowedDomains: string[];
  requireSso: boolean;
  /** Register this address as the redirect URI at the provider. */
  callbackUrl: string;
  changedAt: Date | null;
}

export interface SsoSettingsInput {
  enabled: boolean;
  issuer: string;
  clientId: string;
  /** Left out: the stored secret stays. */
  clientSecret?: string;
  defaultRole: JitRole;
  allowedDomains: string[];
  requireSso: boolean;
}

/** Where the provider sends people back: GROVE_PUBLIC_URL when set (ctx.messaging.publicUrl). */
export function callbackUrlOf(ctx: ServiceContext): string {
  return `${ctx.messaging.publicUrl.replace(/\/+$/, "")}/api/v1/auth/sso/callback`;
}

export async function getSsoSettings(ctx: ServiceContext, scope: Scope): Promise<SsoSettingsView> {
  authorize(scope.actor, { do: "manageOrganisation" });
  const row = await readTenant(ctx, scope.orgId, (tx) => findSsoSettings(tx, scope.orgId));
  return present(ctx, row);
}

/** Sets the organisation's single sign-on (admins). The history records it without the secret. */
export async function putSsoSettings(
  ctx: ServiceContext,
  scope: Scope,
  input: SsoSettingsInput,
): Promise<SsoSettingsView> {
  const issues: FieldIssue[] = [];
  const issuer = input.issuer.trim().replace(/\/+$/, "");
  const problem = issuerProblem(issuer);
  if (problem) issues.push({ field: "issuer", rule: "url", message: problem });
  const allowedDomains = normaliseDomains(input.allowedDomains);
  if (!allowedDomains) {
    issues.push({ field: "allowedDomains", rule: "domain", message: "use domain names like example.com" });
  }
  return adminChange(ctx, scope, async (tx) => {
    const before = await findSsoSettings(tx, scope.orgId);
    const clientSecret = input.clientSecret ?? before?.clientSecret;
    if (!clientSecret) {
      issues.push({ field: "clientSecret", rule: "required", message: "enter the client secret the provider gave" });
    }
    if (issues.length > 0) throw new AppError("validation_failed", "The single sign-on settings are not valid", issues);
    const row: SsoSettingsRow = {
      enabled: input.enabled,
      issuer,
      clientId: input.clientId.trim(),
      clientSecret: clientSecret as string,
      defaultRole: input.defaultRole,
      allowedDomains: allowedDomains as string[],
      requireSso: input.requireSso,
      changedBy: scope.actor.kind === "person" ? scope.actor.personId : null,
      changedAt: ctx.now(),
    };
    await saveSsoSettings(tx, scope.orgId, row);
    const after = { ...recorded(row), ...(input.clientSecret !== undefined ? { clientSecretChanged: true } : {}) };
    return {
      result: present(ctx, row),
      history: [changeOf("sso_settings", scope.orgId, before ? recorded(before) : null, after)],
    };
  });
}

/** What the history keeps of the settings: everything but the secret. */
function recorded(row: SsoSettingsRow) {
  const { enabled, issuer, clientId, defaultRole, allowedDomains, requireSso } = row;
  return { enabled, issuer, clientId, defaultRole, allowedDomains, requireSso };
}

function present(ctx: ServiceContext, row: SsoSettingsRow | undefined): SsoSettingsView {
  return {
    configured: Boolean(row),
    enabled: row?.enabled ?? false,
    issuer: row?.issuer ?? "",
    clientId: row?.clientId ?? "",
    clientSecretSet: Boolean(row?.clientSecret),
    defaultRole: row?.defaultRole ?? "member",
    allowedDomains: row?.allowedDomains ?? [],
    requireSso: row?.requireSso ?? false,
    callbackUrl: callbackUrlOf(ctx),
    changedAt: row?.changedAt ?? null,
  };
}
