import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../ui/TextField.tsx";
import { codeErrorText } from "./two-factor-text.ts";

/** A field for the 6-digit code of the authenticator app (the phone's keypad, the OS's code autofill). */
export function CodeField(props: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      {...props}
      className="two-factor__code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={10}
    />
  );
}

/**
 * The code typed for one proof (confirm the app, new recovery codes): its refusal stands at the
 * field until the person types again. `field` is what a CodeField takes besides its label.
 */
export function useCode(proof: { error: unknown; reset: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  const error = codeErrorText(t, proof.error);
  const onChange = (value: string) => {
    setCode(value);
    if (error) proof.reset();
  };
  return { code, setCode, error, field: { value: code, error, onChange } };
}

/**
 * Your password, to prove it is you (turn two-factor sign-in on, or off): a wrong one is said at
 * the field, and typing again forgets the failed attempt.
 */
export function PasswordField({
  proof,
  wrong,
  value,
  onChange,
  className,
}: {
  proof: { error: unknown; reset: () => void };
  wrong: boolean;
  value: string;
  onChange: (value: string) => void;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t("twoFactor.password")}
      error={wrong ? t("twoFactor.wrongPassword") : undefined}
      className={className}
      type="password"
      autoComplete="current-password"
      value={value}
      onChange={(next) => {
        onChange(next);
        if (proof.error) proof.reset();
      }}
    />
  );
}
