import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useChangePassword, useEndSession, useMySessions } from "../../api/account.ts";
import { ApiRequestError } from "../../api/client.ts";
import { refusalOf } from "../../api/failure.ts";
import { useFormat } from "../../i18n/format.ts";
import { Card } from "../../ui/Card.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { QueryList } from "../../ui/QueryList.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { throttledText } from "../auth/throttle-text.ts";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import "./account.css";
import { NewPasswordField } from "../auth/AccountFields.tsx";

type Session = NonNullable<ReturnType<typeof useMySessions>["data"]>[number];

/** Your password and your sessions: account level, the same in every organisation. */
export function AccountSecurityCard({ email }: { email: string }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const sessions = useMySessions();
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const { errors, bind } = useFieldErrors(change.error);
  // A wrong current password is sign-in's 401 (no field named): it belongs next to that field.
  const wrongCurrent = change.error instanceof ApiRequestError && change.error.status === 401;
  const throttled = throttledText(t, change.error);
  // The catalog's too_small words are keyed by field name: this form's own say sign-up's rule.
  const tooShort = refusalOf(change.error)?.details.some((d) => d.field === "newPassword" && d.rule === "too_small");
  const newError = errors.has("newPassword") && tooShort ? t("account.newPasswordTooShort") : errors.get("newPassword");
  const currentError = wrongCurrent ? t("account.wrongCurrent") : errors.get("currentPassword");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrent("");
          setNew("");
        },
      },
    );
  };

  return (
    <Card
      titleId="account-security-title"
      title={t("account.title")}
      intro={{ className: "account-security", text: t("account.intro") }}
    >
      <form className="password-form stack" onSubmit={submit} noValidate aria-label={t("account.changePassword")}>
        <input type="email" hidden readOnly autoComplete="username" value={email} />
        <TextField
          label={t("account.currentPassword")}
          type="password"
          autoComplete="current-password"
          {...bind("currentPassword", currentPassword, (value) => {
            setCurrent(value);
            if (wrongCurrent) change.reset();
          })}
          error={currentError}
        />
        <NewPasswordField
          label={t("account.newPassword")}
          {...bind("newPassword", newPassword, setNew)}
          error={newError}
        />
        <div>
          <SubmitButton pending={change.isPending}>{t("account.changePassword")}</SubmitButton>
        </div>
        <FailureAlert
          error={wrongCurrent || throttled ? undefined : change.error}
          onRetry={resend(change)}
          busy={change.isPending}
        />
      </form>
      {throttled && (
        <p className="alert" role="alert">
          {throttled}
        </p>
      )}
      {change.isSuccess && (
        <p className="account-security__done" role="status">
          {t("account.changed")}
        </p>
      )}
      <div>
        <h3 className="account-security__list-title">{t("account.sessions")}</h3>
        <p className="subtle">{t("account.sessionsIntro")}</p>
      </div>
      <QueryList query={sessions} className="token-list">
        {(session) => <SessionRow key={session.handle} session={session} />}
      </QueryList>
    </Card>
  );
}

function SessionRow({ session }: { session: Session }) {
  const { t } = useTranslation();
  const format = useFormat();
  const end = useEndSession();
  const name = session.current ? t("account.thisSession") : t("account.otherSession");
  return (
    <li className="token-list__row spread" aria-label={`${name} ${session.handle}`}>
      <div className="token-list__main stack stack--lines">
        <span className="token-list__name">
          {name}
          {session.current && <span className="badge badge--outline account-security__badge">{t("account.you")}</span>}
        </span>
        <span className="subtle">
          {t("account.signedIn", { date: format.dateTime(session.createdAt) })} ·{" "}
          {t("account.lastSeen", { date: format.date(session.lastSeenAt) })}
        </span>
      </div>
      <RowAction
        disabled={end.isPending}
        onClick={() => end.mutate({ handle: session.handle, current: session.current })}
      >
        {session.current ? t("account.signOutHere") : t("account.signOut")}
      </RowAction>
      <FailureAlert error={end.error} onRetry={resend(end)} busy={end.isPending} noFields />
    </li>
  );
}
