import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiRequestError } from "../../api/client.ts";
import { useDisableTwoFactor, useRegenerateRecoveryCodes } from "../../api/two-factor.ts";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { throttledText } from "../auth/throttle-text.ts";
import { CodeField, PasswordField, useCode } from "./CodeField.tsx";
import { codeErrorText } from "./two-factor-text.ts";

/** With two-factor sign-in on: new recovery codes (with a code), and turning it off (password or code). */
export function TwoFactorManage({ email, onNewCodes }: { email: string; onNewCodes: (codes: string[]) => void }) {
  return (
    <div className="two-factor__manage stack stack--6">
      <RegenerateForm onNewCodes={onNewCodes} />
      <DisableForm email={email} />
    </div>
  );
}

function RegenerateForm({ onNewCodes }: { onNewCodes: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const regenerate = useRegenerateRecoveryCodes();
  const { code, setCode, error: codeError, field } = useCode(regenerate);
  const submit = () =>
    regenerate.mutate(code, {
      onSuccess: ({ recoveryCodes }) => {
        setCode("");
        onNewCodes(recoveryCodes);
      },
    });
  return (
    <ProofForm
      id="two-factor-new-codes"
      title={t("twoFactor.newCodes")}
      intro={t("twoFactor.newCodesIntro")}
      onSubmit={submit}
    >
      <CodeField label={t("twoFactor.code")} {...field} />
      <div>
        <SubmitButton
          className="btn"
          pending={regenerate.isPending}
          busy={t("twoFactor.making")}
          disabled={!code.trim()}
        >
          {t("twoFactor.newCodes")}
        </SubmitButton>
      </div>
      <ProofFailure mutation={regenerate} shownAtField={Boolean(codeError)} />
    </ProofForm>
  );
}

function DisableForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const disable = useDisableTwoFactor();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const codeError = codeErrorText(t, disable.error);
  // A wrong password is sign-in's 401 with no field named: it belongs next to the password.
  const wrongPassword = disable.error instanceof ApiRequestError && disable.error.status === 401 && !codeError;
  const submit = () => disable.mutate(password ? { password } : { code });
  return (
    <ProofForm id="two-factor-off" title={t("twoFactor.turnOff")} intro={t("twoFactor.turnOffIntro")} onSubmit={submit}>
      <input type="email" hidden readOnly autoComplete="username" value={email} />
      <div className="two-factor__either">
        <PasswordField proof={disable} wrong={wrongPassword} value={password} onChange={setPassword} />
        <CodeField
          label={t("twoFactor.orCode")}
          error={codeError}
          value={code}
          onChange={(value) => {
            setCode(value);
            if (disable.error) disable.reset();
          }}
        />
      </div>
      <div>
        <SubmitButton
          className="btn two-factor__danger"
          pending={disable.isPending}
          busy={t("twoFactor.turningOff")}
          disabled={!password && !code.trim()}
        >
          {t("twoFactor.turnOff")}
        </SubmitButton>
      </div>
      <ProofFailure mutation={disable} shownAtField={wrongPassword || Boolean(codeError)} />
    </ProofForm>
  );
}

/** One of the panel's two forms, named by its heading, with a line on what it does. */
function ProofForm({
  id,
  title,
  intro,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className="two-factor__form stack"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
      aria-labelledby={id}
    >
      <h3 id={id} className="two-factor__subtitle">
        {title}
      </h3>
      <p className="subtle">{intro}</p>
      {children}
    </form>
  );
}

/**
 * What a failed proof says below its form when no field says it: the sign-in throttle's wait
 * (429), or Grove unreachable or at fault (with a retry; what was typed stays).
 */
function ProofFailure<V>({
  mutation,
  shownAtField,
}: {
  mutation: { error: unknown; isPending: boolean; variables: V | undefined; mutate: (variables: V) => void };
  shownAtField: boolean;
}) {
  const { t } = useTranslation();
  const throttled = throttledText(t, mutation.error);
  if (throttled) {
    return (
      <p className="alert" role="alert">
        {throttled}
      </p>
    );
  }
  return (
    <FailureAlert
      error={shownAtField ? undefined : mutation.error}
      onRetry={resend(mutation)}
      busy={mutation.isPending}
    />
  );
}
