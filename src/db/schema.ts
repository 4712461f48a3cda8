import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { RuleId } from "../domain/coach/types.ts";
import type { DecisionStatus } from "../domain/decisions.ts";
import type { ExperimentKind, ExperimentOutcome, ExperimentStatus, MetricDirection } from "../domain/experiments.ts";
import type { TokenScope } from "../domain/policies.ts";

// Kysely's view of the tables in ./migrations, in camelCase (CamelCasePlugin maps the
// snake_case columns). This is the one place row shapes are declared;
// tests/api/schema-drift.test.ts compares it with the migrated database so the two cannot drift.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** DATE columns come back as 'YYYY-MM-DD' strings (see create-db.ts). */
type DateOnly = string;

export interface OrganisationsTable {
  id: string;
  slug: string;
  name: string;
  /** S4: weeks between a unit's formal reviews, 4 to 13. */
  reviewCadenceWeeks: Generated<number>;
  /** The language of messages to people without an account yet, e.g. invitations (migration 0013). */
  locale: Generated<"en" | "zh">;
  createdAt: CreatedAt;
}

export interface UnitsTable {
  orgId: string;
  id: string;
  parentId: string | null;
  name: string;
  kind: "company" | "department" | "team" | "individual";
  private: Generated<boolean>;
  createdAt: CreatedAt;
}

export interface PeopleTable {
  orgId: string;
  id: string;
  name: string;
  email: string;
  userId: string | null;
  role: Generated<"admin" | "member" | "viewer">;
  createdAt: CreatedAt;
}

export interface MembershipsTable {
  orgId: string;
  unitId: string;
  personId: string;
  role: "lead" | "member";
  createdAt: CreatedAt;
}

export type PeriodStatus = "planning" | "active" | "in_review" | "closed";

export interface PeriodsTable {
  orgId: string;
  id: string;
  name: string;
  startsOn: DateOnly;
  endsOn: DateOnly;
  status: PeriodStatus;
  createdAt: CreatedAt;
}

export interface StrategiesTable {
  orgId: string;
  id: string;
  kind: "vision" | "strategy";
  title: string;
  body: Generated<string>;
  /** M8: what is going on, that the strategy answers; null until written (migration 0025). */
  diagnosis: string | null;
  /** M8: what we will not do while following it; null until written. */
  guardrails: string | null;
  createdAt: CreatedAt;
}

export interface ObjectivesTable {
  orgId: string;
  id: string;
  unitId: string;
  periodId: string;
  title: string;
  description: Generated<string>;
  status: "draft" | "active" | "closed" | "cancelled";
  parentKeyResultId: string | null;
  strategyId: string | null;
  version: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
  /** Stored score (S1 with M5 roll-up), kept by src/services/scores; null while nothing is measured. */
  progress: Generated<number | null>;
  /** S2: the score the period ended with (end-of-period review or close); null until then. */
  finalProgress: Generated<number | null>;
}

export interface KeyResultsTable {
  orgId: string;
  id: string;
  objectiveId: string;
  /** Its objective's period, kept by triggers (migration 0048) so a period's KRs have an index. */
  periodId: Generated<string>;
  position: Generated<number>;
  title: string;
  kind: "metric" | "range";
  metric: Generated<string>;
  unit: Generated<string>;
  baseline: number | null;
  baselineOn: DateOnly | null;
  target: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  deadline: DateOnly | null;
  weight: Generated<number>;
  ownerId: string | null;
  currentValue: number | null;
  currentConfidence: number | null;
  lastCheckInAt: Date | null;
  version: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
  /** Stored score (S1 with M5 roll-up), kept by src/services/scores. */
  progress: Generated<number | null>;
  rolledUp: Generated<boolean>;
  /** S2: the score the period ended with (end-of-period review or close); null until then. */
  finalProgress: Generated<number | null>;
  /** The forecast of the end value (src/domain/forecast.ts), kept by refreshForecasts; null under two readings. */
  forecastValue: Generated<number | null>;
  forecastLow: Generated<number | null>;
  forecastHigh: Generated<number | null>;
  /** S1 progress of forecastValue: the KR's forecast band (S2) and the pace rule read it. */
  forecastProgress: Generated<number | null>;
}

/**
 * S7: a reading (a KR's check-in, a health metric's reading) is corrected or withdrawn, never
 * deleted, each with who and why. The last correction is on the row, earlier states in the
 * history; a withdrawn reading stays listed but no longer counts.
 */
interface CorrectableReading {
  correctedAt: Date | null;
  correctedBy: string | null;
  correctionReason: Generated<string>;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
  withdrawalReason: Generated<string>;
}

export interface CheckInsTable extends CorrectableReading {
  orgId: string;
  id: string;
  keyResultId: string;
  value: number;
  confidence: number | null;
  comment: Generated<string>;
  /** Whom the reading is for (who took it). */
  authorId: string | null;
  /** Who recorded it, when someone else did (a lead or admin); null before migration 0012. */
  recordedBy: string | null;
  checkedInAt: Date;
  createdAt: CreatedAt;
  /** The metric source that recorded it (migration 0035); null for a reading by a person. */
  sourceId: Generated<string | null>;
}

/** A comment in the discussion of a KR or of an objective (exactly one of the two ids is set). */
export interface CommentsTable {
  orgId: string;
  id: string;
  objectiveId: string | null;
  keyResultId: string | null;
  authorId: string | null;
  body: string;
  createdAt: CreatedAt;
  editedAt: Date | null;
}

/** The people a comment mentions (@name), for "where was I mentioned" and later mail. */
export interface CommentMentionsTable {
  orgId: string;
  commentId: string;
  personId: string;
}

/**
 * The kinds of thing the history records (S7): a row each in history_entities (migration 0023).
 * A migration that adds a kind inserts its row and adds its name here.
 */
export type HistoryEntity =
  | "objective"
  | "key_result"
  | "check_in"
  | "comment"
  | "organisation"
  | "unit"
  | "person"
  | "membership"
  | "period"
  | "strategy"
  | "coach_setting"
  | "invitation"
  | "api_token"
  | "sso_settings"
  | "webhook"
  | "initiative"
  | "health_metric"
  | "health_reading"
  | "key_result_guardrails"
  | "key_result_dependency"
  | "sprint"
  | "decision"
  | "experiment"
  | "experiment_metric"
  | "coach_dismissal"
  | "metric_source"
  | "metric_source_hosts"
  | "import_mapping";

/** Work a team chooses to move a key result (K7, M6; migration 0024, docs/initiatives.md). */
export interface InitiativesTable {
  orgId: string;
  id: string;
  /** The team whose initiative it is: its members write it (M6). */
  unitId: string;
  kind: "project" | "feature" | "experiment" | "other";
  title: string;
  description: Generated<string>;
  ownerId: string | null;
  status: Generated<"planned" | "in_progress" | "done" | "dropped">;
  startsOn: string | null;
  endsOn: string | null;
  version: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

/** The key results an initiative should move. */
export interface InitiativeKeyResultsTable {
  orgId: string;
  initiativeId: string;
  keyResultId: string;
}

/** M7: one unit's KR depends on another unit's KR (migration 0028). */
export interface KeyResultDependenciesTable {
  orgId: string;
  id: string;
  /** The KR that depends (its unit declared the dependency). */
  keyResultId: string;
  /** The other unit's KR it depends on. */
  dependsOnKeyResultId: string;
  /** What the dependent unit needs from the other side. */
  note: Generated<string>;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface HistoryEntitiesTable {
  entity: HistoryEntity;
}

export interface HistoryTable {
  orgId: string;
  id: string;
  entity: HistoryEntity;
  entityId: string;
  action: "create" | "update" | "delete";
  actorId: string | null;
  reason: Generated<string>;
  before: unknown;
  after: unknown;
  changedAt: CreatedAt;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  /** The language of the messages Grove sends this person (migration 0013). */
  locale: Generated<"en" | "zh">;
  createdAt: CreatedAt;
  /**
   * When the owner showed they read the address's mail (migration 0021); null after a self
   * sign-up until its link is followed. Required on insert: every way of making an account
   * says whether it proves the address (an invitation does, a sign-up does not).
   */
  emailVerifiedAt: ColumnType<Date | null, Date | null, Date | null>;
}

export interface SessionsTable {
  idHash: string;
  userId: string;
  csrfHash: string;
  createdAt: CreatedAt;
  expiresAt: Date;
  lastSeenAt: ColumnType<Date, Date | undefined, Date>;
  /** Made by this organisation's identity provider: the session reaches only it (migration 0019). */
  ssoOrgId: ColumnType<string | null, string | null | undefined, never>;
}

/** The sign-in throttle's counters (migration 0011; rules in src/domain/sign-in-throttle.ts). */
export interface SignInThrottleTable {
  keyHash: string;
  kind: "pair" | "address";
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
  expiresAt: Date;
}

/** A password reset link (migration 0014): single use, expires; only its hash is kept. */
export interface PasswordResetsTable {
  tokenHash: string;
  userId: string;
  createdAt: CreatedAt;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface EmailVerificationsTable {
  tokenHash: string;
  userId: string;
  /** The address the link was mailed to: it verifies that address only. */
  email: string;
  createdAt: CreatedAt;
  expiresAt: Date;
  usedAt: Date | null;
}

/** An account's TOTP secret (migration 0018): sign-in asks for a code once enabledAt is set. */
export interface TwoFactorTable {
  userId: string;
  secret: string;
  createdAt: CreatedAt;
  enabledAt: Date | null;
  /** The time step of the last code taken (replay guard). */
  lastUsedStep: number | null;
}

/** An account's recovery codes (migration 0018): only their hashes, each works once. */
export interface TwoFactorRecoveryCodesTable {
  userId: string;
  codeHash: string;
  usedAt: Date | null;
}

/** The second step of one sign-in (migration 0018): short-lived, single use, bound to the account. */
export interface SignInChallengesTable {
  tokenHash: string;
  userId: string;
  createdAt: CreatedAt;
  expiresAt: Date;
  failures: Generated<number>;
  usedAt: Date | null;
}

export interface InvitationsTable {
  orgId: string;
  id: string;
  email: string;
  name: Generated<string>;
  role: "admin" | "member" | "viewer";
  tokenHash: string;
  invitedBy: string | null;
  createdAt: CreatedAt;
  expiresAt: Date;
  acceptedAt: Date | null;
}

export interface ApiTokensTable {
  orgId: string;
  id: string;
  personId: string;
  name: string;
  scope: TokenScope;
  tokenHash: string;
  createdAt: CreatedAt;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** Null: the token lasts until it is revoked (migration 0033). */
  expiresAt: Date | null;
}

export interface CoachSettingsTable {
  orgId: string;
  rule: RuleId;
  setting: "error" | "warning" | "info" | "off";
  reason: Generated<string>;
  changedBy: string | null;
  changedAt: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** The coach's rules a setting may name: a row each in coach_rules (migration 0025). */
export interface CoachRulesTable {
  rule: RuleId;
}

/** A reference a decision's evidence points at (P4): a reading of the KR, an experiment, a link. */
export interface EvidenceRef {
  kind: "check_in" | "experiment" | "link";
  /** The check-in's or experiment's id, or the link's address. */
  ref: string;
  label: string;
}

/** P4: a decision on an objective or one of its KRs, checked against the OKRs (migration 0025). */
export interface DecisionsTable {
  orgId: string;
  id: string;
  objectiveId: string;
  keyResultId: string | null;
  title: string;
  context: Generated<string>;
  options: Generated<string[]>;
  evidence: Generated<string>;
  evidenceRefs: ColumnType<EvidenceRef[], string | undefined, string>;
  decision: Generated<string>;
  decidedBy: string | null;
  decidedOn: DateOnly;
  revisitOn: DateOnly | null;
  status: ColumnType<DecisionStatus, DecisionStatus | undefined, DecisionStatus>;
  version: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface Database {
  organisations: OrganisationsTable;
  units: UnitsTable;
  people: PeopleTable;
  memberships: MembershipsTable;
  periods: PeriodsTable;
  strategies: StrategiesTable;
  objectives: ObjectivesTable;
  keyResults: KeyResultsTable;
  checkIns: CheckInsTable;
  comments: CommentsTable;
  commentMentions: CommentMentionsTable;
  history: HistoryTable;
  historyEntities: HistoryEntitiesTable;
  coachRules: CoachRulesTable;
  decisions: DecisionsTable;
  coachDismissals: CoachDismissalsTable;
  idempotencyKeys: IdempotencyKeysTable;
  users: UsersTable;
  sessions: SessionsTable;
  signInThrottle: SignInThrottleTable;
  passwordResets: PasswordResetsTable;
  emailVerifications: EmailVerificationsTable;
  twoFactor: TwoFactorTable;
  twoFactorRecoveryCodes: TwoFactorRecoveryCodesTable;
  signInChallenges: SignInChallengesTable;
  invitations: InvitationsTable;
  apiTokens: ApiTokensTable;
  coachSettings: CoachSettingsTable;
  keyResultDependencies: KeyResultDependenciesTable;
  scoreRebuilds: ScoreRebuildsTable;
  periodTransitions: PeriodTransitionsTable;
  reviewSessions: ReviewSessionsTable;
  reviewAnswers: ReviewAnswersTable;
  reviewDecisions: ReviewDecisionsTable;
  learnings: LearningsTable;
  learningSources: LearningSourcesTable;
  experiments: ExperimentsTable;
  experimentMetrics: ExperimentMetricsTable;
  experimentMetricChanges: ExperimentMetricChangesTable;
  outbox: OutboxTable;
  scheduledRuns: ScheduledRunsTable;
  notificationPreferences: NotificationPreferencesTable;
  notifications: NotificationsTable;
  serverSecrets: ServerSecretsTable;
  webhooks: WebhooksTable;
  initiatives: InitiativesTable;
  initiativeKeyResults: InitiativeKeyResultsTable;
  ssoSettings: SsoSettingsTable;
  ssoStates: SsoStatesTable;
  healthMetrics: HealthMetricsTable;
  metricSources: MetricSourcesTable;
  importMappings: ImportMappingsTable;
  metricSourceHosts: MetricSourceHostsTable;
  healthReadings: HealthReadingsTable;
  keyResultGuardrails: KeyResultGuardrailsTable;
  sprints: SprintsTable;
  sprintKeyResults: SprintKeyResultsTable;
}

/** A health metric a KR must not push out of range (migration 0029). */
export interface KeyResultGuardrailsTable {
  orgId: string;
  keyResultId: string;
  healthMetricId: string;
  createdAt: CreatedAt;
}

/** A number a unit watches outside its OKRs, with a healthy range (migration 0029, docs/health-metrics.md). */
/** A header a source sends: plain, or sealed (encrypted under the server key, never returned). */
export type SourceHeader = { name: string; value: string } | { name: string; sealed: string };

/** Where a KR's readings come from when no person takes them (migration 0035, docs/metric-sources.md). */
export interface MetricSourcesTable {
  orgId: string;
  id: string;
  keyResultId: string;
  kind: "http_json" | "csv" | "sql";
  /** http(s) for http_json and csv; for sql the connection string without its password. */
  url: string;
  jsonPath: Generated<string>;
  csvColumn: Generated<string>;
  csvRow: Generated<"last" | "date">;
  csvDateColumn: Generated<string>;
  /** sql: the query returning one number (migration 0036). */
  sqlQuery: Generated<string>;
  /** sql: the connection's password, sealed like a secret header; empty when it has none. */
  sealedPassword: Generated<string>;
  headers: ColumnType<SourceHeader[], string, string>;
  schedule: "hourly" | "daily" | "weekly";
  atHour: Generated<number>;
  atMinute: Generated<number>;
  weekday: Generated<number>;
  lastSyncedAt: Generated<Date | null>;
  lastValue: Generated<number | null>;
  lastError: Generated<string>;
  lastErrorAt: Generated<Date | null>;
  /** Failed syncs since the last one that recorded a reading. */
  failures: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

/** How one tool's spreadsheet names Grove's import columns (migration 0047, docs/import-export.md). */
export interface ImportMappingsTable {
  orgId: string;
  id: string;
  name: string;
  /** Grove's column (period, unit, objective, ...) -> the header of the file's column holding it. */
  columns: ColumnType<Record<string, string>, string, string>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

/** A host an admin allows the organisation's metric sources to fetch from. */
export interface MetricSourceHostsTable {
  orgId: string;
  host: string;
  createdAt: CreatedAt;
}

export interface HealthMetricsTable {
  orgId: string;
  id: string;
  unitId: string;
  name: string;
  /** The unit of measure ("%", "ms"). */
  unit: Generated<string>;
  rangeLow: number | null;
  rangeHigh: number | null;
  ownerId: string | null;
  description: Generated<string>;
  /** The latest reading that counts (not withdrawn), kept by src/services/health-metrics. */
  currentValue: Generated<number | null>;
  lastReadingAt: Generated<Date | null>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

/** A dated reading of a health metric; corrected or withdrawn only with a reason (S7). */
export interface HealthReadingsTable extends CorrectableReading {
  orgId: string;
  id: string;
  healthMetricId: string;
  value: number;
  note: Generated<string>;
  readAt: Date;
  recordedBy: string | null;
  createdAt: CreatedAt;
}

/** An organisation's OpenID Connect sign-in (migration 0019, docs/accounts-and-access.md). */
export interface SsoSettingsTable {
  orgId: string;
  enabled: boolean;
  issuer: string;
  clientId: string;
  /** Sent to the provider's token endpoint only: never returned by the API nor kept in the history. */
  clientSecret: string;
  defaultRole: "member" | "viewer";
  allowedDomains: string[];
  requireSso: boolean;
  changedBy: string | null;
  changedAt: Date;
}

/** A single sign-on under way, used up by its callback (migration 0019). */
export interface SsoStatesTable {
  stateHash: string;
  orgId: string;
  browserHash: string;
  codeVerifier: string;
  nonce: string;
  createdAt: CreatedAt;
  expiresAt: Date;
}

export type WebhookKind = "slack" | "teams" | "generic";

/** An organisation's outgoing webhook (migration 0016, docs/notifications.md). */
export interface WebhooksTable {
  orgId: string;
  id: string;
  name: string;
  kind: WebhookKind;
  url: string;
  events: string[];
  active: Generated<boolean>;
  /** Generic webhooks only: the HMAC key, shown once (empty for chat webhooks). */
  secret: Generated<string>;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export type OutboxChannel = "mail" | "chat" | "webhook" | "metric_sync";
export type OutboxStatus = "pending" | "sent" | "dead";

/** A message to deliver, written with the change that causes it (migration 0013). */
export interface OutboxTable {
  id: string;
  orgId: string | null;
  channel: OutboxChannel;
  kind: string;
  payload: ColumnType<object, string, string>;
  dedupeKey: string | null;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  nextAttemptAt: ColumnType<Date, Date | string | undefined, Date | string>;
  lockedUntil: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  lastError: Generated<string>;
  createdAt: CreatedAt;
  sentAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** A scheduled job's run for one slot of time, claimed by the instance that inserts it first. */
export interface ScheduledRunsTable {
  job: string;
  slot: string;
  startedAt: CreatedAt;
}

export type NotificationKind = "checkin_reminder" | "review_due" | "mention" | "digest" | "source_failing";
export type NotificationChannel = "mail" | "chat" | "off";

/** A person's choice per kind of message (migration 0015); no row means the default. */
export interface NotificationPreferencesTable {
  orgId: string;
  personId: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  changedAt: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** The bell: one in-app notification (migration 0015). */
export interface NotificationsTable {
  orgId: string;
  id: string;
  personId: string;
  kind: NotificationKind;
  data: ColumnType<Record<string, unknown>, string, string>;
  link: Generated<string>;
  dedupeKey: string | null;
  createdAt: CreatedAt;
  readAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Secrets the server keeps for itself (the unsubscribe links' HMAC key). */
export interface ServerSecretsTable {
  name: string;
  secret: string;
}

/** Every step of a period's lifecycle, with who took it and why (migration 0009). */
export interface PeriodTransitionsTable {
  orgId: string;
  id: string;
  periodId: string;
  fromStatus: PeriodStatus;
  toStatus: PeriodStatus;
  reason: Generated<string>;
  actorId: string | null;
  at: ColumnType<Date, Date | string | undefined, never>;
  /** The order of the steps (an identity column), also when two share a timestamp. */
  seq: ColumnType<string, never, never>;
}

/** S4: a unit's review session, stored once the team starts it (migration 0010). */
export interface ReviewSessionsTable {
  orgId: string;
  id: string;
  unitId: string;
  periodId: string;
  dueOn: DateOnly;
  kind: "checkpoint" | "period_end";
  state: "in_progress" | "held";
  startedAt: CreatedAt;
  heldAt: Date | null;
  nextObjectiveId: string | null;
}

/** S2: a team's answer to one reflection question about one key result. */
export interface ReviewAnswersTable {
  orgId: string;
  reviewId: string;
  keyResultId: string;
  question: string;
  answer: string;
  updatedAt: UpdatedAt;
}

/** S7: keep, revise or drop, per key result and review. */
export interface ReviewDecisionsTable {
  orgId: string;
  reviewId: string;
  keyResultId: string;
  keyResultTitle: string;
  decision: "keep" | "revise" | "drop";
  reason: Generated<string>;
  targetBefore: number | null;
  targetAfter: number | null;
  decidedAt: UpdatedAt;
}

/** S7: a written learning, searchable across the organisation. */
export interface LearningsTable {
  orgId: string;
  id: string;
  /** Where it was written (migration 0026): a review, or an ended experiment (P2). */
  source: Generated<LearningSource>;
  reviewId: string | null;
  experimentId: string | null;
  unitId: string;
  periodId: string;
  keyResultId: string | null;
  band: "not_achieved" | "met" | "exceeded" | null;
  body: string;
  createdAt: CreatedAt;
}

export type LearningSource = "review" | "experiment";

export interface LearningSourcesTable {
  source: LearningSource;
}

export type { ExperimentKind, ExperimentOutcome, ExperimentStatus, MetricDirection };

/** P2: an experiment or customer interview round of a unit, aimed at one key result (migration 0026). */
export interface ExperimentsTable {
  orgId: string;
  id: string;
  unitId: string;
  /** The period of its key result's objective, for the learning it ends with. */
  periodId: string;
  /** Null once a review dropped (deleted) the KR; keyResultTitle keeps its name. */
  keyResultId: string | null;
  keyResultTitle: string;
  kind: ExperimentKind;
  title: string;
  hypothesis: string;
  ownerId: string | null;
  status: Generated<ExperimentStatus>;
  startedAt: Date | null;
  endedAt: Date | null;
  outcome: ExperimentOutcome | null;
  /** K6: an interview round's "who we talked to" and "what pain we heard". */
  participants: Generated<string>;
  painHeard: Generated<string>;
  version: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

/** S6: a success metric; original* is its definition at the start (null before, and when added later). */
export interface ExperimentMetricsTable {
  orgId: string;
  id: string;
  experimentId: string;
  position: number;
  name: string;
  direction: MetricDirection;
  threshold: number;
  unit: Generated<string>;
  originalName: string | null;
  originalDirection: MetricDirection | null;
  originalThreshold: number | null;
  originalUnit: string | null;
  droppedReason: string | null;
  observed: number | null;
}

/** S6: a change of a metric after the start, with its reason. */
export interface ExperimentMetricChangesTable {
  orgId: string;
  id: string;
  experimentId: string;
  metricId: string;
  action: "change" | "drop" | "add";
  before: unknown;
  after: unknown;
  reason: string;
  changedBy: string | null;
  changedAt: CreatedAt;
}

/** Periods whose stored scores are rebuilt from scratch (migration 0005, src/services/scores). */
export interface ScoreRebuildsTable {
  orgId: string;
  periodId: string;
  queuedAt: Generated<Date>;
}

/** P3: a unit's sprint, its goal and, after it, what moved on the KR (migration 0027). */
export interface SprintsTable {
  orgId: string;
  id: string;
  unitId: string;
  name: string;
  startsOn: DateOnly;
  endsOn: DateOnly;
  goal: Generated<string>;
  review: Generated<string>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

/** P3: the key results a sprint goal serves. */
export interface SprintKeyResultsTable {
  orgId: string;
  sprintId: string;
  keyResultId: string;
}

/**
 * Issue 17: a coach finding a team set aside, with its reason (migration 0030). Keyed by the
 * rule, the objective or key result and a hash of its text, so it reopens when the text changes.
 */
export interface CoachDismissalsTable {
  orgId: string;
  id: string;
  objectiveId: string;
  keyResultId: string | null;
  rule: string;
  textHash: string;
  reason: string;
  dismissedBy: string | null;
  dismissedAt: CreatedAt;
}

export type Organisation = Selectable<OrganisationsTable>;
export type Unit = Selectable<UnitsTable>;
export type Person = Selectable<PeopleTable>;
export type Membership = Selectable<MembershipsTable>;
export type Period = Selectable<PeriodsTable>;
export type Strategy = Selectable<StrategiesTable>;
export type ObjectiveRow = Selectable<ObjectivesTable>;
export type KeyResultRow = Selectable<KeyResultsTable>;
export type CheckInRow = Selectable<CheckInsTable>;
export type HealthMetricRow = Selectable<HealthMetricsTable>;
export type MetricSourceRow = Selectable<MetricSourcesTable>;
export type HealthReadingRow = Selectable<HealthReadingsTable>;
/** A reading's own fields, as it was taken: what a new check-in writes and its event sends. */
export type CheckInReading = Pick<
  CheckInRow,
  "id" | "keyResultId" | "value" | "confidence" | "comment" | "authorId" | "checkedInAt"
>;
export type HistoryRow = Selectable<HistoryTable>;
export type NewKeyResultRow = Insertable<KeyResultsTable>;
export type KeyResultUpdate = Updateable<KeyResultsTable>;
export type PeriodTransition = Selectable<PeriodTransitionsTable>;
export type CoachSettingRow = Selectable<CoachSettingsTable>;
export type WebhookRow = Selectable<WebhooksTable>;
export type KeyResultDependencyRow = Selectable<KeyResultDependenciesTable>;
export type ReviewSessionRow = Selectable<ReviewSessionsTable>;
export type LearningRow = Selectable<LearningsTable>;
export type InitiativeRow = Selectable<InitiativesTable>;
export type SprintRow = Selectable<SprintsTable>;
export type DecisionRow = Selectable<DecisionsTable>;
export type ExperimentRow = Selectable<ExperimentsTable>;
export type ExperimentMetricRow = Selectable<ExperimentMetricsTable>;
export type ExperimentMetricChangeRow = Selectable<ExperimentMetricChangesTable>;
export type CoachDismissalRow = Selectable<CoachDismissalsTable>;

/**
 * Issue 13: the first answer to a POST with an Idempotency-Key, per organisation and caller, for
 * 24 hours (migration 0032). `status` is null while the first request is in flight.
 */
export interface IdempotencyKeysTable {
  orgId: string;
  caller: string;
  idempotencyKey: string;
  fingerprint: string;
  status: number | null;
  responseHeaders: Record<string, string> | null;
  responseBody: string | null;
  createdAt: CreatedAt;
}
