-- Issue 13, point 5: tokens for automation. A third scope, `write`, lets a script (a team's CI
-- running `grove apply`) write OKRs: objectives, key results, units and periods, as far as the
-- token's person may (src/domain/policies.ts); it never manages people, roles, tokens or the
-- organisation. A token may end: after expires_at it is refused with 401 like a revoked one.
alter table api_tokens drop constraint api_tokens_scope_check;
alter table api_tokens add constraint api_tokens_scope_check check (scope in ('read', 'check_ins', 'write'));
alter table api_tokens add column expires_at timestamptz;
