import { useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { useOrg } from "../../layout/OrgContext.ts";
import { usePermissions } from "../auth/usePermissions.ts";
import { type OutputKeyResult, TurnIntoInitiativeDialog } from "./TurnIntoInitiativeDialog.tsx";
import "./initiatives.css";
import { RowAction } from "../../ui/RowAction.tsx";

interface Props {
  unitId: string;
  /** The saved KR the coach found to be an output (K7); none while it is not saved. */
  output: OutputKeyResult | undefined;
  siblings: { id: string; title: string }[];
  /** The form has changes not saved yet: the step works on what is saved, so it asks to save first. */
  unsaved: boolean;
  onDone: (result: { initiativeTitle: string; outcomeTitle: string }) => void;
}

/** Under the coach's K7 finding: "Turn into an initiative", for those who write the unit's KRs and initiatives. */
export function TurnIntoInitiativeAction({ unitId, output, siblings, unsaved, onDone }: Props) {
  const { t } = useTranslation();
  const { org, period } = useOrg();
  const can = usePermissions(org, unitId);
  // The KR as it was when the dialog opened: once the step is done the editor reads its
  // objective again without it, and the dialog must not vanish before it has finished.
  const [opened, setOpened] = useState<{ output: OutputKeyResult; siblings: Props["siblings"] } | null>(null);
  if (!can.editKeyResults || !can.editInitiatives || period?.status === "closed") return null;
  const dialog =
    opened &&
    // Outside the editor's form: a form inside a form would submit the editor.
    createPortal(
      <TurnIntoInitiativeDialog
        open
        output={opened.output}
        siblings={opened.siblings}
        onClose={() => setOpened(null)}
        onDone={(result) => {
          setOpened(null);
          onDone(result);
        }}
      />,
      document.body,
    );
  if (!output || unsaved)
    return (
      <>
        {!opened && <p className="coach-finding__action subtle">{t("initiatives.turn.saveFirst")}</p>}
        {dialog}
      </>
    );
  return (
    <div className="coach-finding__action">
      <RowAction
        onClick={() => setOpened({ output, siblings })}
        named={t("initiatives.turn.actionLabel", { title: output.title })}
      >
        {t("initiatives.turn.action")}
      </RowAction>
      {dialog}
    </div>
  );
}
