-- SQL metric sources (issue 14 point 1, docs/metric-sources.md "SQL"): a PostgreSQL connection
-- and a query returning one number, run read-only with a statement timeout on a connection of
-- the source's own, never Grove's. `url` keeps the connection string without its password,
-- which is sealed like a secret header's value (AES-256-GCM, server_secrets) and never returned.
alter table metric_sources drop constraint metric_sources_kind_check;
alter table metric_sources add constraint metric_sources_kind_check check (kind in ('http_json', 'csv', 'sql'));
alter table metric_sources drop constraint metric_sources_url_check;
alter table metric_sources add constraint metric_sources_url_check check (
  length(url) <= 2000
  and case when kind = 'sql' then url ~ '^postgres(ql)?://' else url ~ '^https?://' end
);
alter table metric_sources add column sql_query text not null default '' check (length(sql_query) <= 10000);
alter table metric_sources add column sealed_password text not null default '';
