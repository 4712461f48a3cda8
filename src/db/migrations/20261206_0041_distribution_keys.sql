-- Issue 18.6 (docs/sizing.md, "Past one server"): every unique key of a tenant table includes
-- org_id, so the schema distributes by organisation on Citus without change, where a unique index
-- is enforced within one node only (tests/api/distribution-keys.test.ts reads this from the
-- catalog). Three keys were a secret's hash alone: the API token, the invitation and the sign-in
-- under way with an identity provider. Each becomes (hash, org_id): the hash leads, so the
-- lookups by hash alone (request-identity.ts, accounts.ts, sso.ts) still use the same index, and
-- each is still unique per organisation. Across organisations the hashes stay apart because each
-- is the hash of a random secret (32 bytes), not because of the index. The names stay the same,
-- so constraints.ts still names the field (token) of a refused insert.
alter table api_tokens drop constraint api_tokens_token_hash_key;
alter table api_tokens add constraint api_tokens_token_hash_key unique (token_hash, org_id);

alter table invitations drop constraint invitations_token_hash_key;
alter table invitations add constraint invitations_token_hash_key unique (token_hash, org_id);

alter table sso_states drop constraint sso_states_pkey;
alter table sso_states add constraint sso_states_pkey primary key (state_hash, org_id);
