import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { refusalOf } from "../../api/failure.ts";
import { useRequestPasswordReset } from "../../api/password-reset.ts";
import { Alert } from "../../ui/Alert.tsx";
import { failureText, fieldErrors } from "../editor/errors.ts";
import { EmailField } from "./AccountFields.tsx";
import { AuthForm } from "./AuthForm.tsx";
import { AuthPanel } from "./AuthPanel.tsx";

/**
 * `/forgot-password`: asks for a reset link by email. It says the same whether or not the
 * address has an account (the server answers the same), and says so when the server sends no
 * mail, so nobody waits for a mail that cannot come.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState("");
  const errors = fieldErrors(t, refusalOf(request.error));
  const failure = failureText(t, request.error, "save", errors.size > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(email.trim());
  };

  if (request.isSuccess) {
    const { mailEnabled, validMinutes } = request.data;
    return (
      <AuthPanel title={t(mailEnabled ? "mail.reset.sentTitle" : "mail.reset.noMailTitle")}>
        <div className="sign-in__form" role="status">
          <p>
            {mailEnabled
              ? t("mail.reset.sent", { email: request.variables, minutes: validMinutes })
              : t("mail.reset.noMail")}
          </p>
          {mailEnabled && <p className="muted">{t("mail.reset.sentHint")}</p>}
          <Link href="/sign-in" className="btn">
            {t("mail.reset.backToSignIn")}
          </Link>
        </div>
      </AuthPanel>
    );
  }

  return (
    <AuthPanel
      title={t("mail.reset.requestTitle")}
      subtitle={t("mail.reset.requestIntro")}
      footer={<Link href="/sign-in">{t("mail.reset.backToSignIn")}</Link>}
    >
      <AuthForm
        onSubmit={submit}
        submit={t("mail.reset.send")}
        pending={request.isPending}
        busy={t("mail.reset.sending")}
      >
        <EmailField error={errors.get("email")} value={email} onChange={setEmail} />
        <Alert>{failure}</Alert>
      </AuthForm>
    </AuthPanel>
  );
}
