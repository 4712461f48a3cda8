-- Reviews (S4) that end in learnings (S7), issue 10. A unit's review sessions follow from the
-- organisation's cadence and the period's dates (src/domain/reviews.ts); a row exists once the
-- team starts a session, so "due" is computed (a scheduled date that has passed and has no held
-- row) and never goes stale when the cadence or the period's dates change.

create table review_sessions (
  org_id uuid not null references organisations (id) on delete cascade,
  id uuid not null,
  unit_id uuid not null,
  period_id uuid not null,
  -- The scheduled date of the session (a checkpoint or the period's end).
  due_on date not null,
  kind text not null check (kind in ('checkpoint', 'period_end')),
  state text not null check (state in ('in_progress', 'held')),
  started_at timestamptz not null default now(),
  held_at timestamptz,
  -- M1 sequencing: the draft objective the end-of-period review queued for the next period.
  next_objective_id uuid,
  primary key (org_id, id),
  unique (org_id, unit_id, period_id, due_on),
  check ((state = 'held') = (held_at is not null)),
  foreign key (org_id, unit_id) references units (org_id, id) on delete cascade,
  foreign key (org_id, period_id) references periods (org_id, id) on delete cascade,
  foreign key (org_id, next_objective_id) references objectives (org_id, id) on delete set null (next_objective_id)
);

-- S2's reflection questions, answered per key result. No foreign key to the key result: a KR the
-- team drops in this review is deleted, and what the team wrote about it stays.
create table review_answers (
  org_id uuid not null,
  review_id uuid not null,
  key_result_id uuid not null,
  question text not null check (question ~ '^[a-z_]{1,40}$'),
  answer text not null check (char_length(answer) <= 4000),
  updated_at timestamptz not null default now(),
  primary key (org_id, review_id, key_result_id, question),
  foreign key (org_id, review_id) references review_sessions (org_id, id) on delete cascade
);

-- The team's decision per key result (S7): keep it, revise its target (the KR's own history
-- records the change and its reason) or drop it (the KR is deleted, its title kept here).
create table review_decisions (
  org_id uuid not null,
  review_id uuid not null,
  key_result_id uuid not null,
  key_result_title text not null,
  decision text not null check (decision in ('keep', 'revise', 'drop')),
  reason text not null default '',
  target_before double precision,
  target_after double precision,
  decided_at timestamptz not null default now(),
  primary key (org_id, review_id, key_result_id),
  foreign key (org_id, review_id) references review_sessions (org_id, id) on delete cascade,
  check (decision = 'keep' or btrim(reason) <> '')
);

-- S7: the learnings library. Unit and period are copied from the review so the library filters
-- without joins; band is the KR's (or the objective's) band when the learning was written.
create table learnings (
  org_id uuid not null,
  id uuid not null,
  review_id uuid not null,
  unit_id uuid not null,
  period_id uuid not null,
  key_result_id uuid,
  band text check (band in ('not_achieved', 'met', 'exceeded')),
  body text not null check (btrim(body) <> '' and char_length(body) <= 4000),
  created_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, review_id) references review_sessions (org_id, id) on delete cascade
);
create index learnings_period_idx on learnings (org_id, period_id, created_at);
create index learnings_unit_idx on learnings (org_id, unit_id, created_at);

-- Text search must work for Chinese, which has no spaces between words: the library matches
-- substrings (ILIKE), and a trigram index serves every pattern of three or more characters.
-- Shorter patterns (a 2-character Chinese word) fall back to a scan of one organisation's rows.
create extension if not exists pg_trgm;
create index learnings_body_trgm_idx on learnings using gin (body gin_trgm_ops);

grant select, insert, update, delete on review_sessions, review_answers, review_decisions, learnings to grove_app;
select grove_protect_tenant_table(t)
from unnest(array['review_sessions', 'review_answers', 'review_decisions', 'learnings']) as t;
