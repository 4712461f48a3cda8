import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useUpdatePersonRole } from "../../api/access.ts";
import type { OrgRole, Person } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogAction } from "../../ui/DialogAction.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { useDialogClose } from "../../ui/dialogClose.ts";
import { RuleId } from "../../ui/RuleId.tsx";
import { optionsOf, SelectField } from "../../ui/SelectField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { adminDetailText } from "./errors.ts";
import "./admin.css";

const roles: OrgRole[] = ["admin", "member", "viewer"];

interface Props {
  person: Person;
  /** The signed-in person's own row: demoting oneself is allowed, and said before it happens. */
  self: boolean;
}

/**
 * A person's organisation role (M3): admin, member or viewer. Leading a unit is not an
 * organisation role but a unit's: the dialog says where that is set.
 */
export function ChangeRole({ person, self }: Props) {
  const { t } = useTranslation();
  return (
    <DialogAction button={{ label: t("admin.person.role"), named: t("admin.person.roleOf", { name: person.name }) }}>
      {(dialog) => (
        <Dialog
          {...dialog}
          title={t("admin.person.roleTitle", { name: person.name })}
          description={
            <>
              <RuleId id="M3" /> {t("admin.person.roleIntro")}
            </>
          }
        >
          <RoleForm person={person} self={self} />
        </Dialog>
      )}
    </DialogAction>
  );
}

function RoleForm({ person, self }: { person: Person; self: boolean }) {
  const { t } = useTranslation();
  const close = useDialogClose();
  const { org } = useOrg();
  const update = useUpdatePersonRole(org);
  const client = useQueryClient();
  const [role, setRole] = useState<OrgRole>(person.role);
  const { errors, bind } = useFieldErrors(update.error);
  const error = errors.has("role") ? adminDetailText(t, update.error, "role") : undefined;
  const save = () => {
    if (role === person.role) return close();
    update.mutate(
      { id: person.id, role },
      {
        onSuccess: () => {
          // One's own role decides which controls the app offers: read it again at once.
          if (self) client.invalidateQueries({ queryKey: ["me"] });
          close();
        },
      },
    );
  };
  return (
    <DialogForm mutation={update} submit={t("admin.person.saveRole")} onSubmit={save}>
      <SelectField
        label={t("people.orgRole")}
        hint={t(`orgRoleHelp.${role}`)}
        options={optionsOf(roles, (r) => t(`orgRole.${r}`))}
        {...bind("role", role, setRole)}
        error={error}
      />
      <p className="subtle admin-note">{t("admin.person.leadIsPerUnit")}</p>
      {self && role !== "admin" && (
        <p className="alert admin-warning" role="status">
          {t("admin.person.selfDemote")}
        </p>
      )}
    </DialogForm>
  );
}
