-- The OKR loop (issue 10). A period now passes through review before it closes (S4):
-- planning -> active -> in_review -> closed. The organisation sets how often its units hold a
-- formal review (S4: every 6 weeks by default; 4 to 13 weeks, since 2-3 weeks leaves too little
-- change to learn from and a quarter is the longest a period runs).

alter table periods drop constraint periods_status_check;
alter table periods add constraint periods_status_check
  check (status in ('planning', 'active', 'in_review', 'closed'));

alter table organisations
  add column review_cadence_weeks smallint not null default 6
    check (review_cadence_weeks between 4 and 13);

-- S2: the score an objective or key result ends its period with, recorded by the unit's
-- end-of-period review or, at the latest, when the period closes. Until then a band is only a
-- forecast; afterwards the final band is bandOf(final_progress) and later edits cannot move it.
alter table objectives add column final_progress double precision;
alter table key_results add column final_progress double precision;
