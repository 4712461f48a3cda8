import { type ComponentProps, type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmRun } from "../../ui/ConfirmDialog.tsx";
import { DialogAction } from "../../ui/DialogAction.tsx";

/** The admin steps on one row of a list, by where their words stand in the catalogue. */
type Words = "admin.unit.delete" | "admin.person.remove" | "admin.invitation.withdraw";

interface Props {
  /** The button says `words`; `…Of` names its row, the confirmation asks `…Title` and confirms with `…Yes`. */
  words: Words;
  /** The row's name in those sentences: `{ name }`, or an invitation's `{ email }`. */
  about: Record<string, string>;
  /** The step, sent the row's id. */
  step: ComponentProps<typeof ConfirmRun<string>>["step"];
  id: string;
  /** A refusal in the dialog's own words (the API's would be too vague). */
  refusal: string | undefined;
  /** Why the step is not offered on this row (removing oneself): the button waits and says why. */
  whyNot?: string;
  /** What happens, said before it does. */
  children: ReactNode;
}

/** An admin's step on one row (delete a unit, remove a person, withdraw an invitation), asked first. */
export function AdminStep({ words, about, step, id, refusal, whyNot, children }: Props) {
  const { t } = useTranslation();
  const whyId = useId();
  const label = (
    <>
      {t(words)}
      {whyNot && (
        <span className="visually-hidden" id={whyId}>
          {whyNot}
        </span>
      )}
    </>
  );
  return (
    <DialogAction
      button={{
        label,
        named: t(`${words}Of`, about),
        quiet: true,
        disabled: whyNot !== undefined,
        describedBy: whyNot && whyId,
      }}
    >
      {(dialog) => (
        <ConfirmRun
          {...dialog}
          step={step}
          variables={id}
          title={t(`${words}Title`, about)}
          confirm={t(`${words}Yes`)}
          refusal={refusal}
        >
          {children}
        </ConfirmRun>
      )}
    </DialogAction>
  );
}
