import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { useAcceptInvitation, useInvitation } from "../../api/access.ts";
import { ApiRequestError } from "../../api/client.ts";
import { Alert } from "../../ui/Alert.tsx";
import { bindFields } from "../../ui/bindFields.ts";
import { Part } from "../../ui/Part.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { fieldErrors } from "../editor/errors.ts";
import { AuthForm } from "./AuthForm.tsx";
import { AuthPanel } from "./AuthPanel.tsx";
import { passwordFailureText, twoFactorRequired } from "./password-failure.ts";

/**
 * `/invite/{token}`: what the invitation offers, then one form for a new account or an existing
 * one's password. The server does not say which applies (issue 12, defect 4), except to someone
 * signed in with the invited email.
 */
export function AcceptInvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const [name, setName] = useState<string | null>(null);
  const [password, setPassword] = useState("");
  const apiError = accept.error instanceof ApiRequestError ? accept.error.error : undefined;
  const errors = fieldErrors(t, apiError);
  // An account with two-factor sign-in joins once signed in with its code (the alert says so).
  if (twoFactorRequired(accept.error)) errors.delete("password");
  const field = bindFields(errors);

  if (invitation.isPending) return <PageSkeleton label={t("common.loading")} />;
  if (invitation.isError) {
    const gone = invitation.error instanceof ApiRequestError && invitation.error.status === 404;
    return (
      <AuthPanel title={t("invite.invalidTitle")} subtitle={gone ? t("invite.invalid") : t("errors.loadFailed")}>
        <Link href="/sign-in" className="btn">
          {t("auth.signIn")}
        </Link>
      </AuthPanel>
    );
  }
  const offer = invitation.data;
  const shownName = name ?? offer.name;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // An empty name is left out: the server then keeps the invitation's name or the account's.
    const named = !offer.signedInAsInvitee && shownName.trim() ? { name: shownName.trim() } : {};
    accept.mutate(
      { ...named, password },
      {
        onSuccess: (result) => navigate(`/orgs/${result.slug}/map`, { replace: true }),
      },
    );
  };

  return (
    <AuthPanel
      title={t("invite.title", { organisation: offer.organisationName })}
      subtitle={t(offer.signedInAsInvitee ? "signInTrust.inviteSignedIn" : "signInTrust.inviteEnterPassword")}
    >
      <dl className="invite__offer">
        <Part term={t("invite.organisation")} text={offer.organisationName} />
        <div>
          <dt>{t("invite.role")}</dt>
          <dd>
            <strong>{t(`orgRole.${offer.role}`, { defaultValue: offer.role })}</strong>
            <span className="subtle"> · {t(`orgRoleHelp.${offer.role}`, { defaultValue: "" })}</span>
          </dd>
        </div>
        <div>
          <dt>{t("auth.email")}</dt>
          <dd>{offer.email}</dd>
        </div>
      </dl>
      <AuthForm label={t("invite.accept")} onSubmit={submit} submit={t("invite.accept")} pending={accept.isPending}>
        <input type="email" hidden readOnly autoComplete="username" value={offer.email} />
        {!offer.signedInAsInvitee && (
          <TextField
            label={t("signInTrust.nameForNewAccount")}
            autoComplete="name"
            {...field("name", shownName, setName)}
          />
        )}
        <TextField
          label={t("auth.password")}
          hint={offer.signedInAsInvitee ? undefined : t("signInTrust.invitePasswordHint")}
          type="password"
          autoComplete={offer.signedInAsInvitee ? "current-password" : "new-password"}
          {...field("password", password, setPassword)}
        />
        <Alert>{passwordFailureText(t, accept.error, t("signInTrust.invitePasswordRefused"))}</Alert>
      </AuthForm>
    </AuthPanel>
  );
}
