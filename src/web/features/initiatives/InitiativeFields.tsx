import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "../../ui/ChoiceGroup.tsx";
import { TextField } from "../../ui/TextField.tsx";
import type { InitiativeKind } from "./queries.ts";

interface Bound<V> {
  value: V;
  error?: string;
  onChange: (value: V) => void;
}

/** An initiative's title (K7), as the initiative dialog and turning an output into one ask it. */
export function InitiativeTitleField({ hint, ...field }: Bound<string> & { hint?: string }) {
  const { t } = useTranslation();
  return <TextField label={t("initiatives.form.name")} hint={hint} maxLength={300} required {...field} />;
}

/** An initiative's kind, of the kinds offered there, each with the help that fits the dialog. */
export function InitiativeKindField<K extends InitiativeKind>({
  name,
  kinds,
  help,
  ...field
}: Bound<K> & { name: string; kinds: readonly K[]; help: (kind: K) => string }) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      legend={t("initiatives.form.kind")}
      name={name}
      choices={kinds}
      label={(k) => t(`initiatives.kind.${k}`)}
      help={help}
      {...field}
    />
  );
}
