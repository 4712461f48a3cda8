-- Pace and forecast (issue 10, docs/pace-and-forecast.md). Each KR keeps the forecast of its end
-- value (src/domain/forecast.ts: a least-squares line through its latest readings, extrapolated
-- to its deadline, with one standard error either side) and that value's S1 progress, so the
-- dashboard judges tens of thousands of KRs' pace in SQL without a regression per KR at read time.
-- Refreshed in the transaction of every write that moves a KR's readings, target or deadline
-- (src/services/check-ins/refresh-forecasts.ts); null with fewer than two readings.
alter table key_results
  add column forecast_value double precision,
  add column forecast_low double precision,
  add column forecast_high double precision,
  add column forecast_progress double precision;

-- Existing KRs get their forecast from the rebuild of their period, drained after migrating
-- (src/services/scores/rebuild.ts refreshes the forecasts of the period it rebuilds).
insert into score_rebuilds (org_id, period_id) select org_id, id from periods
on conflict do nothing;
