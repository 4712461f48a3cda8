import { Redirect, Route, Switch } from "wouter";
import { StrategyPage } from "../features/admin-org/StrategyPage.tsx";
import { AuditLogPage } from "../features/audit/AuditLogPage.tsx";
import { AcceptInvitationPage } from "../features/auth/AcceptInvitationPage.tsx";
import { AuthGate } from "../features/auth/AuthGate.tsx";
import { ForgotPasswordPage } from "../features/auth/ForgotPasswordPage.tsx";
import { ResetPasswordPage } from "../features/auth/ResetPasswordPage.tsx";
import { SignInPage } from "../features/auth/SignInPage.tsx";
import { SignUpPage } from "../features/auth/SignUpPage.tsx";
import { CoachRulesPage } from "../features/coach/CoachRulesPage.tsx";
import { QualityReportPage } from "../features/coach/QualityReportPage.tsx";
import { DashboardPage } from "../features/dashboard/DashboardPage.tsx";
import { DecisionLogPage } from "../features/decisions/DecisionLogPage.tsx";
import { ObjectiveEditorPage } from "../features/editor/ObjectiveEditorPage.tsx";
import { VerifyEmailPage } from "../features/email-verification/VerifyEmailPage.tsx";
import { ExperimentPage } from "../features/experiments/ExperimentPage.tsx";
import { ExperimentsPage } from "../features/experiments/ExperimentsPage.tsx";
import { GettingStartedPage } from "../features/getting-started/GettingStartedPage.tsx";
import { ImportExportPage } from "../features/import-export/ImportExportPage.tsx";
import { MapPage } from "../features/map/MapPage.tsx";
import { MyKeyResultsPage } from "../features/my/MyKeyResultsPage.tsx";
import { NotificationsPage } from "../features/notifications/NotificationsPage.tsx";
import { UnsubscribePage } from "../features/notifications/UnsubscribePage.tsx";
import { PeoplePage } from "../features/people/PeoplePage.tsx";
import { LearningsPage } from "../features/reviews/LearningsPage.tsx";
import { ReviewPage } from "../features/reviews/ReviewPage.tsx";
import { SettingsPage } from "../features/settings/SettingsPage.tsx";
import { SprintsPage } from "../features/sprints/SprintsPage.tsx";
import { TeamPage } from "../features/team/TeamPage.tsx";
import { OrgLayout } from "../layout/OrgLayout.tsx";
import { Home } from "./Home.tsx";
import { NotFound } from "./NotFound.tsx";

export function App() {
  return (
    <Switch>
      <Route path="/sign-in" component={SignInPage} />
      <Route path="/sign-up" component={SignUpPage} />
      <Route path="/invite/:token">{(p) => <AcceptInvitationPage token={p.token} />}</Route>
      <Route path="/forgot-password" component={ForgotPasswordPage} />
      <Route path="/reset-password/:token">{(p) => <ResetPasswordPage token={p.token} />}</Route>
      <Route path="/verify-email/:token">{(p) => <VerifyEmailPage token={p.token} />}</Route>
      <Route path="/unsubscribe/:token">{(p) => <UnsubscribePage token={p.token} />}</Route>
      <Route>
        <AuthGate>
          <Switch>
            <Route path="/" component={Home} />
            <Route path="/orgs/:org" nest>
              {(params) => (
                <OrgLayout org={params.org}>
                  <Switch>
                    <Route path="/">
                      <Redirect to="/map" replace />
                    </Route>
                    <Route path="/map" component={MapPage} />
                    <Route path="/dashboard" component={DashboardPage} />
                    <Route path="/my" component={MyKeyResultsPage} />
                    <Route path="/people" component={PeoplePage} />
                    <Route path="/getting-started" component={GettingStartedPage} />
                    <Route path="/settings" component={SettingsPage} />
                    <Route path="/settings/coach" component={CoachRulesPage} />
                    <Route path="/settings/notifications" component={NotificationsPage} />
                    <Route path="/audit-log" component={AuditLogPage} />
                    <Route path="/import-export" component={ImportExportPage} />
                    <Route path="/coach/report" component={QualityReportPage} />
                    <Route path="/units/:unitId/new">{(p) => <ObjectiveEditorPage unitId={p.unitId} />}</Route>
                    <Route path="/objectives/:objectiveId/edit">
                      {(p) => <ObjectiveEditorPage objectiveId={p.objectiveId} />}
                    </Route>
                    <Route path="/units/:unitId/sprints">{(p) => <SprintsPage unitId={p.unitId} />}</Route>
                    <Route path="/units/:unitId/review">{(p) => <ReviewPage unitId={p.unitId} />}</Route>
                    <Route path="/learnings" component={LearningsPage} />
                    <Route path="/strategy" component={StrategyPage} />
                    <Route path="/decisions" component={DecisionLogPage} />
                    <Route path="/units/:unitId/experiments">{(p) => <ExperimentsPage unitId={p.unitId} />}</Route>
                    <Route path="/experiments/:id">{(p) => <ExperimentPage id={p.id} />}</Route>
                    <Route path="/units/:unitId">{(p) => <TeamPage unitId={p.unitId} />}</Route>
                    <Route component={NotFound} />
                  </Switch>
                </OrgLayout>
              )}
            </Route>
            <Route component={NotFound} />
          </Switch>
        </AuthGate>
      </Route>
    </Switch>
  );
}
