import { AppError, type ErrorCode } from "../domain/errors.ts";
import { INITIATIVE_KINDS } from "../domain/initiatives.ts";
import { notificationChannels, notificationKinds } from "../domain/notifications.ts";
import { periodStatuses } from "../domain/period-lifecycle.ts";
import { WEBHOOK_KINDS } from "../domain/webhooks.ts";

// Every constraint the database enforces, by name, with the request field it guards and the
// rule it stands for. The services check these rules first with friendlier words; this table is
// the floor under them (a race, a path a service forgot): a refusal by the database becomes the
// same 409 or 422 naming the field, never a 500. tests/api/constraint-errors.test.ts fails when a
// migration adds a constraint that is missing here, and provokes each one a request can reach.

interface Guard {
  field: string;
  rule: string;
  message: string;
}

const unique = (field: string, message: string): Guard => ({ field, rule: "unique", message });
const exists = (field: string, what: string): Guard => ({
  field,
  rule: "exists",
  message: `no ${what} with this id in the organisation, or it is still in use`,
});
// The values of a check: the domain's list where it has one, so the two cannot drift apart.
const oneOf = (field: string, values: string | readonly string[]): Guard => ({
  field,
  rule: "enum",
  message: `use one of ${typeof values === "string" ? values : values.join(", ")}`,
});
const orgRole = (field: string) => oneOf(field, "admin, member, viewer");
const locale = oneOf("locale", "en, zh");
const metricDirection = oneOf("direction", "at_least, at_most");
const emailLength: Guard = { field: "email", rule: "max_length", message: "use at most 254 characters" };
const endsAfterStart: Guard = {
  field: "endsOn",
  rule: "after_start",
  message: "the end date is before the start date",
};
const organisation = exists("org", "organisation");
// Text columns hold 1 to max characters, or at most max where the text is optional.
const length = (field: string, max: number): Guard => ({
  field,
  rule: "length",
  message: `write 1 to ${max} characters`,
});
const atMost = (field: string, max: number): Guard => ({
  field,
  rule: "length",
  message: `write at most ${max} characters`,
});
// S6/S7: a change of what was recorded says why.
const reasonFor = (rule: string, change: string): Guard => ({
  field: "reason",
  rule,
  message: `${change} needs a reason`,
});
// Tables no request writes directly (the outbox, the throttle's counters): a refusal there is
// Grove's own mistake, named for the log rather than for a form.
const internal = (table: string): Guard => ({ field: table, rule: "internal", message: "an internal record" });

export const constraintGuards: Record<string, Guard> = {
  // unique
  organisations_slug_key: unique("slug", "choose another slug"),
  units_org_id_name_key: unique("name", "unit names are unique in an organisation"),
  people_org_id_email_key: unique("email", "emails are unique in an organisation"),
  people_user_idx: unique("userId", "this account already belongs to a person of the organisation"),
  periods_org_id_name_key: unique("name", "period names are unique in an organisation"),
  users_email_key: unique("email", "this email cannot be used for a new account"),
  invitations_token_hash_key: unique("token", "try again"),
  api_tokens_token_hash_key: unique("token", "try again"),
  review_sessions_org_id_unit_id_period_id_due_on_key: unique("dueOn", "this unit already has a review on this day"),
  objectives_one_active_idx: { field: "status", rule: "M1", message: "one active objective per unit and period" },
  // foreign keys
  units_org_id_parent_id_fkey: exists("parentId", "unit"),
  memberships_org_id_unit_id_fkey: exists("unitId", "unit"),
  memberships_org_id_person_id_fkey: exists("personId", "person"),
  objectives_org_id_parent_key_result_id_fkey: exists("parentKeyResultId", "key result"),
  objectives_org_id_unit_id_fkey: exists("unitId", "unit"),
  objectives_org_id_period_id_fkey: exists("periodId", "period"),
  objectives_org_id_strategy_id_fkey: exists("strategyId", "strategy"),
  key_results_org_id_objective_id_fkey: exists("objectiveId", "objective"),
  key_results_org_id_owner_id_fkey: exists("ownerId", "person"),
  check_ins_org_id_key_result_id_fkey: exists("keyResultId", "key result"),
  check_ins_org_id_author_id_fkey: exists("authorId", "person"),
  check_ins_recorded_by_fkey: exists("recordedBy", "person"),
  check_ins_corrected_by_fkey: exists("correctedBy", "person"),
  check_ins_withdrawn_by_fkey: exists("withdrawnBy", "person"),
  comments_org_id_objective_id_fkey: exists("objectiveId", "objective"),
  comments_org_id_key_result_id_fkey: exists("keyResultId", "key result"),
  comments_org_id_author_id_fkey: exists("authorId", "person"),
  comment_mentions_org_id_comment_id_fkey: exists("commentId", "comment"),
  comment_mentions_org_id_person_id_fkey: exists("personId", "person"),
  api_tokens_org_id_person_id_fkey: exists("personId", "person"),
  people_user_id_fkey: exists("userId", "account"),
  sessions_user_id_fkey: exists("userId", "account"),
  password_resets_user_id_fkey: exists("userId", "account"),
  email_verifications_user_id_fkey: exists("userId", "account"),
  two_factor_user_id_fkey: exists("userId", "account"),
  two_factor_recovery_codes_user_id_fkey: exists("userId", "account"),
  sign_in_challenges_user_id_fkey: exists("userId", "account"),
  period_transitions_org_id_period_id_fkey: exists("periodId", "period"),
  score_rebuilds_org_id_period_id_fkey: exists("periodId", "period"),
  review_sessions_org_id_unit_id_fkey: exists("unitId", "unit"),
  review_sessions_org_id_period_id_fkey: exists("periodId", "period"),
  review_sessions_org_id_next_objective_id_fkey: exists("nextObjectiveId", "objective"),
  review_answers_org_id_review_id_fkey: exists("reviewId", "review"),
  review_decisions_org_id_review_id_fkey: exists("reviewId", "review"),
  learnings_org_id_review_id_fkey: exists("reviewId", "review"),
  initiatives_org_id_unit_id_fkey: exists("unitId", "unit"),
  initiatives_org_id_owner_id_fkey: exists("ownerId", "person"),
  initiative_key_results_org_id_initiative_id_fkey: exists("initiativeId", "initiative"),
  initiative_key_results_org_id_key_result_id_fkey: exists("keyResultIds", "key result"),
  initiatives_org_id_fkey: organisation,
  units_org_id_fkey: organisation,
  people_org_id_fkey: organisation,
  periods_org_id_fkey: organisation,
  strategies_org_id_fkey: organisation,
  history_org_id_fkey: organisation,
  invitations_org_id_fkey: organisation,
  api_tokens_org_id_fkey: organisation,
  coach_settings_org_id_fkey: organisation,
  comments_org_id_fkey: organisation,
  comment_mentions_org_id_fkey: organisation,
  period_transitions_org_id_fkey: organisation,
  review_sessions_org_id_fkey: organisation,
  // checks
  units_kind_check: oneOf("kind", "company, department, team, individual"),
  memberships_role_check: oneOf("role", "lead, member"),
  people_role_check: orgRole("role"),
  invitations_role_check: orgRole("role"),
  api_tokens_scope_check: oneOf("scope", "read, check_ins"),
  periods_status_check: oneOf("status", periodStatuses),
  periods_check: endsAfterStart,
  strategies_kind_check: oneOf("kind", "vision, strategy"),
  initiatives_kind_check: oneOf("kind", INITIATIVE_KINDS),
  initiatives_status_check: oneOf("status", "planned, in_progress, done, dropped"),
  initiatives_check: endsAfterStart,
  objectives_status_check: oneOf("status", "draft, active, closed, cancelled"),
  key_results_kind_check: oneOf("kind", "metric, range"),
  key_results_weight_check: { field: "weight", rule: "positive", message: "a weight is above 0" },
  check_ins_confidence_check: { field: "confidence", rule: "range", message: "confidence is between 0 and 1" },
  check_ins_correction_reason_check: reasonFor("S7", "a correction"),
  check_ins_withdrawal_reason_check: reasonFor("S7", "a withdrawal"),
  history_entity_fkey: internal("history"),
  history_action_check: oneOf("action", "create, update, delete"),
  coach_settings_rule_fkey: oneOf("rule", "the coach's rules"),
  // Issue 17: a team's dismissals of coach findings (migration 0030)
  coach_dismissals_org_id_fkey: organisation,
  coach_dismissals_org_id_objective_id_fkey: exists("objectiveId", "objective"),
  coach_dismissals_org_id_key_result_id_fkey: exists("keyResultId", "key result"),
  coach_dismissals_org_id_dismissed_by_fkey: exists("dismissedBy", "person"),
  coach_dismissals_rule_fkey: exists("rule", "coach rule"),
  coach_dismissals_text_hash_check: internal("coach_dismissals"),
  coach_dismissals_reason_check: {
    field: "reason",
    rule: "min_length",
    message: "say in at least 3 characters why the team sets this finding aside",
  },
  coach_dismissals_finding_idx: unique("rule", "this finding is already dismissed"),
  decisions_org_id_fkey: organisation,
  decisions_org_id_objective_id_fkey: exists("objectiveId", "objective"),
  decisions_org_id_key_result_id_fkey: exists("keyResultId", "key result"),
  decisions_org_id_decided_by_fkey: exists("decidedById", "person"),
  decisions_title_check: length("title", 300),
  decisions_status_check: oneOf("status", "active, revisited, reversed"),
  decisions_revisit_check: {
    field: "revisitOn",
    rule: "after_decided",
    message: "revisit on or after the day it was decided",
  },
  coach_settings_setting_check: oneOf("setting", "error, warning, info, off"),
  coach_settings_check: reasonFor("S7", "turning M1 or K1 off"),
  comments_check: { field: "keyResultId", rule: "one_subject", message: "a comment is on an objective or a KR" },
  comments_body_check: length("body", 5000),
  organisations_review_cadence_weeks_check: {
    field: "reviewCadenceWeeks",
    rule: "S4",
    message: "reviews every 4 to 13 weeks",
  },
  period_transitions_check: reasonFor("S7", "reopening a closed period"),
  period_transitions_from_status_check: oneOf("to", periodStatuses),
  period_transitions_to_status_check: oneOf("to", periodStatuses),
  review_sessions_kind_check: oneOf("kind", "checkpoint, period_end"),
  review_sessions_state_check: oneOf("state", "in_progress, held"),
  review_sessions_check: { field: "state", rule: "held_at", message: "a held review has the time it was held" },
  review_answers_question_check: { field: "answers", rule: "question", message: "answer the review's questions" },
  review_answers_answer_check: atMost("answers", 4000),
  review_decisions_decision_check: oneOf("decision", "keep, revise, drop"),
  review_decisions_check: reasonFor("S7", "revising or dropping a KR"),
  learnings_band_check: oneOf("band", "not_achieved, met, exceeded"),
  people_email_length_check: emailLength,
  invitations_email_length_check: emailLength,
  learnings_body_check: length("body", 4000),
  organisations_locale_check: locale,
  users_locale_check: locale,
  outbox_attempts_check: internal("outbox"),
  outbox_channel_check: internal("outbox"),
  outbox_dedupe_key_key: internal("outbox"),
  outbox_kind_check: internal("outbox"),
  outbox_org_id_fkey: organisation,
  outbox_status_check: internal("outbox"),
  scheduled_runs_job_check: internal("scheduled_runs"),
  scheduled_runs_slot_check: internal("scheduled_runs"),
  sign_in_throttle_failures_check: internal("sign_in_throttle"),
  sign_in_throttle_kind_check: internal("sign_in_throttle"),
  sign_in_challenges_failures_check: internal("sign_in_challenges"),
  notification_preferences_channel_check: oneOf("channel", notificationChannels),
  notification_preferences_kind_check: oneOf("kind", notificationKinds),
  notification_preferences_org_id_fkey: organisation,
  notification_preferences_org_id_person_id_fkey: exists("personId", "person"),
  notifications_kind_check: internal("notifications"),
  sso_settings_org_id_fkey: organisation,
  sso_settings_issuer_check: { field: "issuer", rule: "url", message: "use the provider's https:// address" },
  sso_settings_client_id_check: { field: "clientId", rule: "required", message: "enter the client id" },
  sso_settings_default_role_check: oneOf("defaultRole", "member, viewer"),
  sso_states_org_id_fkey: internal("sso_states"),
  sessions_sso_org_id_fkey: internal("sessions"),
  notifications_org_id_dedupe_key_key: internal("notifications"),
  notifications_org_id_fkey: organisation,
  notifications_org_id_person_id_fkey: exists("personId", "person"),
  server_secrets_secret_check: internal("server_secrets"),
  webhooks_check: { field: "kind", rule: "secret", message: "generic webhooks sign with a secret, chat ones do not" },
  webhooks_events_check: { field: "events", rule: "enum", message: "choose at least one of the webhook events" },
  webhooks_kind_check: oneOf("kind", WEBHOOK_KINDS),
  webhooks_name_check: length("name", 100),
  webhooks_org_id_fkey: organisation,
  // M7: dependencies between units' key results (migration 0028)
  key_result_dependencies_org_id_fkey: organisation,
  key_result_dependencies_key_result_fkey: exists("keyResultId", "key result"),
  key_result_dependencies_depends_on_fkey: exists("dependsOnKeyResultId", "key result"),
  key_result_dependencies_pair_key: unique("dependsOnKeyResultId", "this key result already depends on that one"),
  key_result_dependencies_not_self_check: {
    field: "dependsOnKeyResultId",
    rule: "M7",
    message: "a key result cannot depend on itself",
  },
  // P3: sprints (migration 0027)
  sprints_org_id_fkey: organisation,
  sprints_org_id_unit_id_fkey: exists("unitId", "unit"),
  sprints_name_check: length("name", 100),
  sprints_goal_check: atMost("goal", 2000),
  sprints_review_check: atMost("review", 4000),
  sprints_dates_check: { field: "endsOn", rule: "after_start", message: "a sprint ends after the day it starts" },
  sprints_no_overlap: {
    field: "startsOn",
    rule: "no_overlap",
    message: "this unit already has a sprint on some of these days",
  },
  sprint_key_results_org_id_sprint_id_fkey: exists("sprintId", "sprint"),
  sprint_key_results_org_id_key_result_id_fkey: exists("keyResultIds", "key result"),
  webhooks_url_check: {
    field: "url",
    rule: "url",
    message: "an http:// or https:// address of at most 2000 characters",
  },
  // health metrics (migration 0029, docs/health-metrics.md)
  health_metrics_org_id_fkey: organisation,
  health_metrics_org_id_unit_id_fkey: exists("unitId", "unit"),
  health_metrics_org_id_owner_id_fkey: exists("ownerId", "person"),
  health_metrics_org_id_unit_id_name_key: unique("name", "this unit already watches a health metric of this name"),
  health_metrics_name_check: length("name", 200),
  health_metrics_unit_check: atMost("unit", 40),
  health_metrics_description_check: atMost("description", 5000),
  health_metrics_range_check: { field: "rangeLow", rule: "range", message: "give a low bound, a high bound or both" },
  health_metrics_range_order_check: {
    field: "rangeHigh",
    rule: "range",
    message: "the high bound must not be below the low bound",
  },
  health_readings_org_id_fkey: organisation,
  health_readings_org_id_health_metric_id_fkey: exists("healthMetricId", "health metric"),
  health_readings_org_id_recorded_by_fkey: exists("recordedBy", "person"),
  health_readings_org_id_corrected_by_fkey: exists("correctedBy", "person"),
  health_readings_org_id_withdrawn_by_fkey: exists("withdrawnBy", "person"),
  health_readings_note_check: atMost("note", 5000),
  health_readings_correction_reason_check: reasonFor("S7", "a correction"),
  health_readings_withdrawal_reason_check: reasonFor("S7", "a withdrawal"),
  key_result_guardrails_org_id_fkey: organisation,
  key_result_guardrails_org_id_key_result_id_fkey: exists("keyResultId", "key result"),
  key_result_guardrails_org_id_health_metric_id_fkey: exists("healthMetricIds", "health metric"),
  // metric sources (migration 0035; K1, K2, docs/metric-sources.md)
  metric_sources_org_id_fkey: organisation,
  metric_sources_org_id_key_result_id_fkey: exists("keyResultId", "key result"),
  metric_sources_org_id_key_result_id_key: unique("keyResultId", "this key result already has a source"),
  metric_sources_kind_check: oneOf("kind", "http_json, csv, sql"),
  metric_sources_url_check: {
    field: "url",
    rule: "url",
    message: "an http(s):// address, or a postgresql:// one for sql, of at most 2000 characters",
  },
  metric_sources_sql_query_check: atMost("query", 10000),
  metric_sources_json_path_check: atMost("jsonPath", 500),
  metric_sources_csv_column_check: atMost("column", 200),
  metric_sources_csv_row_check: oneOf("row", "last, date"),
  metric_sources_csv_date_column_check: atMost("dateColumn", 200),
  metric_sources_schedule_check: oneOf("schedule.every", "hourly, daily, weekly"),
  metric_sources_at_hour_check: { field: "schedule.at", rule: "time", message: "an hour from 0 to 23" },
  metric_sources_at_minute_check: { field: "schedule.at", rule: "time", message: "a minute from 0 to 59" },
  metric_sources_weekday_check: { field: "schedule.weekday", rule: "range", message: "a weekday from 1 (Monday) to 7" },
  metric_sources_failures_check: internal("metric_sources"),
  metric_source_hosts_org_id_fkey: organisation,
  metric_source_hosts_host_check: { field: "hosts", rule: "host", message: "a host name or IP address, lower case" },
  // import mappings (migration 0047, docs/import-export.md)
  import_mappings_org_id_fkey: organisation,
  import_mappings_org_id_name_key: unique("name", "a mapping with this name already exists"),
  import_mappings_name_check: { field: "name", rule: "length", message: "from 1 to 200 characters" },
  import_mappings_columns_check: { field: "columns", rule: "object", message: "an object of column names" },
  check_ins_org_id_source_id_fkey: exists("sourceId", "metric source"),
  check_ins_source_reading_key: unique("checkedInAt", "this source already recorded a reading at this time"),
  // experiments (migration 0026; P2, S6)
  experiments_org_id_fkey: organisation,
  experiments_org_id_unit_id_fkey: exists("unitId", "unit"),
  experiments_org_id_period_id_fkey: exists("keyResultId", "key result's period"),
  experiments_org_id_key_result_id_fkey: exists("keyResultId", "key result"),
  experiments_org_id_owner_id_fkey: exists("ownerId", "person"),
  experiments_kind_check: oneOf("kind", "experiment, interview"),
  experiments_title_check: length("title", 300),
  experiments_hypothesis_check: length("hypothesis", 4000),
  experiments_status_check: oneOf("status", "draft, running, ended"),
  experiments_outcome_check: oneOf("outcome", "supported, refuted, inconclusive"),
  experiments_participants_check: atMost("participants", 4000),
  experiments_pain_heard_check: atMost("painHeard", 4000),
  experiments_started_check: { field: "status", rule: "started_at", message: "a started experiment has its start" },
  experiments_ended_check: { field: "outcome", rule: "ended", message: "an ended experiment has its outcome" },
  experiment_metrics_org_id_experiment_id_fkey: exists("experimentId", "experiment"),
  experiment_metrics_org_id_experiment_id_position_key: unique("metrics", "two metrics took one place; try again"),
  experiment_metrics_name_check: length("name", 200),
  experiment_metrics_direction_check: metricDirection,
  experiment_metrics_original_direction_check: metricDirection,
  experiment_metrics_unit_check: atMost("unit", 40),
  experiment_metric_changes_org_id_experiment_id_fkey: exists("experimentId", "experiment"),
  experiment_metric_changes_org_id_metric_id_fkey: exists("metricId", "metric"),
  experiment_metric_changes_action_check: oneOf("action", "change, drop, add"),
  experiment_metric_changes_reason_check: reasonFor("S6", "a metric change"),
  learnings_source_fkey: internal("learnings"),
  learnings_experiment_fkey: exists("experimentId", "experiment"),
  learnings_source_check: internal("learnings"),
  idempotency_keys_org_id_fkey: internal("idempotency_keys"),
};

interface PgError {
  code?: string;
  constraint?: string;
  column?: string;
  message?: string;
}

/**
 * A database refusal as the request's error: 409 for a unique key or a reference (a name taken,
 * a row gone or still in use), 422 for a check or a missing value. Null for anything else.
 */
export function constraintRefusal(error: unknown): AppError | null {
  const pg = (error ?? {}) as PgError;
  const guard = pg.constraint ? constraintGuards[pg.constraint] : undefined;
  // The constraint's own field and rule when the table names it, else the request body as a whole.
  const refusal = (code: ErrorCode, message: string, rule: string, says: string) =>
    new AppError(code, message, [guard ?? { field: "body", rule, message: says }]);
  switch (pg.code) {
    case "23505":
      if (pg.constraint === "objectives_one_active_idx") {
        return refusal(
          "M1",
          "M1: this unit already has an active objective in this period",
          "M1",
          "one active objective per unit and period",
        );
      }
      return refusal("conflict", "That value is already taken", "unique", "already taken");
    case "23503": {
      // "update or delete on table ..." is a parent still referenced; otherwise a reference to a
      // row that is not there (removed meanwhile).
      const message = pg.message?.startsWith("update or delete")
        ? "It is still in use; remove what refers to it first"
        : "It refers to something that is not there (any more)";
      return refusal("conflict", message, "exists", "refers to a missing row");
    }
    case "23P01": // an exclusion constraint: two rows may not share a range (a unit's sprints)
      return refusal("conflict", "It overlaps another one", "no_overlap", "overlaps another row");
    case "23514":
      return refusal("constraint_failed", "The change breaks a rule the data must keep", "check", "not allowed");
    case "23502":
      return new AppError("constraint_failed", "A required value is missing", [
        { field: camelCase(pg.column ?? "body"), rule: "required", message: "give a value" },
      ]);
    case "22021": // invalid byte sequence (a NUL in text)
    case "22P05": // untranslatable character (a NUL in JSON)
      return new AppError("validation_failed", "The request holds text that cannot be stored", [
        { field: "body", rule: "no_nul", message: "remove the NUL character (U+0000)" },
      ]);
    default:
      return null;
  }
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
