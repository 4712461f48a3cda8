import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCreateInvitation } from "../../api/access.ts";
import type { NewInvitation, OrgRole } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { CopyField } from "../../ui/CopyField.tsx";
import { InlineForm } from "../../ui/InlineForm.tsx";
import { optionsOf, SelectField } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { useAwaitingVerification } from "../email-verification/useAwaitingVerification.ts";

export const orgRoles: OrgRole[] = ["member", "viewer", "admin"];

/**
 * An admin invites by email. With mail on, Grove mails the link and says so; without it, the
 * link is shown once, here, to copy and send.
 */
export function InviteCard() {
  const { t } = useTranslation();
  const awaiting = useAwaitingVerification();
  const { org } = useOrg();
  const invite = useCreateInvitation(org);
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<OrgRole>("member");
  const [created, setCreated] = useState<NewInvitation | null>(null);
  // A field's error goes once the field is edited.
  const { bind } = useFieldErrors(invite.error);

  const submit = () => {
    invite.mutate(
      { email, name: name.trim() || undefined, role },
      {
        onSuccess: (invitation) => {
          setCreated(invitation);
          setEmail("");
          setName("");
        },
      },
    );
  };

  return (
    <Card titleId="invite-title" title={t("people.invite")}>
      {awaiting ? (
        // Until the address is verified (docs/accounts-and-access.md, "Email verification").
        <WhyNote inCard>{t("emailVerification.invite")}</WhyNote>
      ) : (
        <InlineForm
          block="invite-form"
          row
          className="card__body"
          submit={t("people.sendInvite")}
          mutation={invite}
          primary
          onSubmit={submit}
        >
          <TextField label={t("auth.email")} type="email" autoComplete="off" {...bind("email", email, setEmail)} />
          <TextField label={t("people.nameOptional")} autoComplete="off" {...bind("name", name, setName)} />
          <SelectField
            label={t("people.orgRole")}
            hint={t(`orgRoleHelp.${role}`)}
            options={optionsOf(orgRoles, (r) => t(`orgRole.${r}`))}
            {...bind("role", role, setRole)}
          />
        </InlineForm>
      )}
      {created?.mailed && (
        <div className="card__body invite-link" role="status">
          <p>
            <strong>{t("mail.invitationSent", { email: created.email })}</strong>{" "}
            {t("mail.invitationSentHint", { role: t(`orgRole.${created.role}`) })}
          </p>
        </div>
      )}
      {created && !created.mailed && (
        <div className="card__body invite-link" role="status">
          <p>
            <strong>{t("people.invited", { email: created.email })}</strong>{" "}
            {t("people.linkOnce", { role: t(`orgRole.${created.role}`) })}
          </p>
          <CopyField label={t("people.inviteLink")} value={`${window.location.origin}/invite/${created.token}`} />
        </div>
      )}
    </Card>
  );
}
