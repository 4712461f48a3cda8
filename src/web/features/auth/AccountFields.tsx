import { useTranslation } from "react-i18next";
import { TextField, type TextFieldProps } from "../../ui/TextField.tsx";

/**
 * An account's email where it names the account (sign-in, a reset request): the username a
 * password manager fills in (issue 19: written once).
 */
export function EmailField(props: Omit<TextFieldProps, "label" | "type" | "autoComplete" | "required">) {
  const { t } = useTranslation();
  return <TextField label={t("auth.email")} type="email" autoComplete="username" required {...props} />;
}

/**
 * A new password (sign-up, a reset, a change): the password rule as its hint, and the
 * autocomplete that lets a password manager offer a new one (issue 19: written once).
 */
export function NewPasswordField(props: Omit<TextFieldProps, "hint" | "type" | "autoComplete">) {
  const { t } = useTranslation();
  return <TextField hint={t("signUp.passwordHint")} type="password" autoComplete="new-password" {...props} />;
}
