import { useTranslation } from "react-i18next";
import { useAllMembers, useInvitations, useUnits } from "../../api/access.ts";
import { usePeople, usePeriods } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { useScrollToHash } from "../../ui/useScrollToHash.ts";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { useManageOrganisation } from "../auth/usePermissions.ts";
import { PeriodsCard } from "../periods/PeriodsCard.tsx";
import { InvitationsCard } from "./InvitationsCard.tsx";
import { InviteCard } from "./InviteCard.tsx";
import { PeopleList } from "./PeopleList.tsx";
import { UnitsCard } from "./UnitsCard.tsx";
import { inTreeOrder } from "./units.ts";

/** `/orgs/{slug}/people`: who is in the organisation and where; admins invite and assign (M3). */
export function PeoplePage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const manage = useManageOrganisation(org);
  const isAdmin = manage.allowed;
  const people = usePeople(org);
  const units = useUnits(org);
  const periods = usePeriods(org);
  const placed = inTreeOrder(units.data ?? []);
  const members = useAllMembers(
    org,
    placed.map(({ unit }) => unit.id),
  );
  const invitations = useInvitations(org, isAdmin);
  useScrollToHash(people.data !== undefined && units.data !== undefined && !members.pending);

  if (loadFailed(people, units)) return <LoadError queries={[people, units]} />;
  if (people.data === undefined || units.data === undefined || members.pending)
    return <PageSkeleton label={t("common.loading")} />;

  return (
    <div className="page">
      <PageHeader title={t("people.title")} subtitle={t("people.subtitle")} showPeriod={false} />
      {manage.why && <WhyNote>{reasonText(t, manage.why)}</WhyNote>}
      {isAdmin && <InviteCard />}
      <PeopleList people={people.data} units={placed} memberships={members.members} canManage={isAdmin} />
      {isAdmin && invitations.data && <InvitationsCard invitations={invitations.data} />}
      <UnitsCard units={placed} memberships={members.members} canManage={isAdmin} />
      {periods.data && <PeriodsCard periods={periods.data} canManage={isAdmin} />}
    </div>
  );
}
