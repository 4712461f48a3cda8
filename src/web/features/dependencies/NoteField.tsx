import { useTranslation } from "react-i18next";
import { TextField } from "../../ui/TextField.tsx";

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  rows: number;
}

/** A dependency's note: what the team needs from the other and by when (declared with it, edited later). */
export function NoteField(props: Props) {
  const { t } = useTranslation();
  return <TextField label={t("dependencies.note")} hint={t("dependencies.noteHint")} maxLength={2000} {...props} />;
}
