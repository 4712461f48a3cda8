import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiRequestError } from "../../api/client.ts";
import { refusalOf } from "../../api/failure.ts";
import { useConfirmPasswordReset, useResetLink } from "../../api/password-reset.ts";
import { Alert } from "../../ui/Alert.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { failureText, fieldErrors } from "../editor/errors.ts";
import { NewPasswordField } from "./AccountFields.tsx";
import { AuthForm } from "./AuthForm.tsx";
import { AuthPanel } from "./AuthPanel.tsx";

/** Why a link cannot be used, from the API's detail on `token` (used, expired, unknown). */
function linkProblem(error: unknown): "used" | "expired" | "unknown" | null {
  if (!(error instanceof ApiRequestError)) return null;
  const rule = error.error.details.find((detail) => detail.field === "token")?.rule;
  return rule === "used" || rule === "expired" || rule === "unknown" ? rule : null;
}

/** `/reset-password/{token}`: the link from the mail (or from `grove reset-link`) sets a password once. */
export function ResetPasswordPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const link = useResetLink(token);
  const confirm = useConfirmPasswordReset(token);
  const [password, setPassword] = useState("");
  const errors = fieldErrors(t, refusalOf(confirm.error));
  const problem = linkProblem(link.error) ?? linkProblem(confirm.error);

  if (link.isPending) return <PageSkeleton label={t("common.loading")} />;
  if (problem || link.isError) {
    return (
      <AuthPanel
        title={t("mail.reset.badLinkTitle")}
        subtitle={problem ? t(`mail.reset.badLink.${problem}`) : failureText(t, link.error, "load")}
      >
        <div className="sign-in__form">
          <Link href="/forgot-password" className="btn btn--primary">
            {t("mail.reset.askAgain")}
          </Link>
          <Link href="/sign-in" className="btn">
            {t("auth.signIn")}
          </Link>
        </div>
      </AuthPanel>
    );
  }
  if (confirm.isSuccess) {
    return (
      <AuthPanel title={t("mail.reset.doneTitle")} subtitle={t("mail.reset.done")}>
        <div className="sign-in__form" role="status">
          <Link href="/sign-in" className="btn btn--primary">
            {t("auth.signIn")}
          </Link>
        </div>
      </AuthPanel>
    );
  }

  const failure = failureText(t, confirm.error, "save", errors.size > 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(password);
  };
  return (
    <AuthPanel title={t("mail.reset.newTitle")} subtitle={t("mail.reset.newIntro", { email: link.data.email })}>
      <AuthForm onSubmit={submit} submit={t("mail.reset.setPassword")} pending={confirm.isPending}>
        <input type="email" hidden readOnly autoComplete="username" value={link.data.email} />
        <NewPasswordField
          label={t("mail.reset.newPassword")}
          error={errors.get("password")}
          value={password}
          onChange={setPassword}
        />
        <Alert>{failure}</Alert>
      </AuthForm>
    </AuthPanel>
  );
}
