-- The kinds of thing the history records (S7) become rows of a small table instead of a check
-- constraint. Each later migration that adds a kind inserts one row here, so two migrations
-- written side by side no longer rewrite the same constraint, each dropping the other's kind.
create table history_entities (
  entity text primary key
);

insert into history_entities (entity) values
  ('objective'), ('key_result'), ('check_in'), ('comment'),
  ('organisation'), ('unit'), ('person'), ('membership'), ('period'), ('strategy'), ('coach_setting'),
  ('invitation'), ('api_token'), ('sso_settings'), ('webhook');

alter table history drop constraint history_entity_check;
alter table history add constraint history_entity_fkey foreign key (entity) references history_entities (entity);

grant select on history_entities to grove_app;
