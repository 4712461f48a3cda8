import { CopyField } from "./CopyField.tsx";
import { Icon } from "./Icon.tsx";

interface Props {
  /** "Copy it now": the warning, in bold. */
  warning: string;
  /** Why: it is shown once. */
  shownOnce: string;
  /** The copy field's label, naming whose secret it is. */
  label: string;
  secret: string;
  /** How it is used, under the copy field. */
  usage: string;
}

/** A secret shown once (an API token, a webhook's signing secret), to copy before it is gone. */
export function SecretNote({ warning, shownOnce, label, secret, usage }: Props) {
  return (
    <div className="secret" role="status">
      <p className="secret__warning">
        <Icon name="alert" />
        <span>
          <strong>{warning}</strong> {shownOnce}
        </span>
      </p>
      <CopyField label={label} value={secret} />
      <p className="subtle">{usage}</p>
    </div>
  );
}
