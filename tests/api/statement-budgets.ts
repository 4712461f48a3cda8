// The most statements each request may send (tests/api/statements-per-route.test.ts, issue 15).
// Each is the count measured when it was set: lower one when a change saves a statement, raise
// one only with the reason in the commit. docs/performance.md has the table with the counts before.
export const statementBudgets: Record<string, number> = {
  "GET /api/v1/orgs/{org}": 2,
  "GET /api/v1/orgs/{org}/invitations": 4,
  "GET /api/v1/orgs/{org}/api-tokens": 4,
  "GET /api/v1/orgs/{org}/units": 4,
  "GET /api/v1/orgs/{org}/units/{id}": 4,
  "GET /api/v1/orgs/{org}/people": 4,
  "GET /api/v1/orgs/{org}/people/{id}": 4,
  "GET /api/v1/orgs/{org}/memberships": 4,
  "GET /api/v1/orgs/{org}/units/{id}/members": 5,
  "GET /api/v1/orgs/{org}/periods": 4,
  "GET /api/v1/orgs/{org}/periods/{id}": 4,
  "GET /api/v1/orgs/{org}/periods/{id}/history": 5,
  "GET /api/v1/orgs/{org}/periods/{id}/transitions": 5,
  "GET /api/v1/orgs/{org}/periods/{id}/readiness": 12,
  "GET /api/v1/orgs/{org}/company-objectives": 5,
  "GET /api/v1/orgs/{org}/strategies": 4,
  "GET /api/v1/orgs/{org}/strategies/{id}": 4,
  "GET /api/v1/orgs/{org}/decisions": 4,
  "GET /api/v1/orgs/{org}/decisions/{id}": 4,
  "GET /api/v1/orgs/{org}/decisions/{id}/history": 5,
  "GET /api/v1/orgs/{org}/objectives": 5,
  "GET /api/v1/orgs/{org}/objectives/{id}": 8,
  "GET /api/v1/orgs/{org}/objectives/{id}/history": 6,
  "GET /api/v1/orgs/{org}/key-results": 5,
  "GET /api/v1/orgs/{org}/key-results/{id}": 10,
  // Metric sources (issue 14): a source, and the check that its KR may be read (KR, objective, unit).
  "GET /api/v1/orgs/{org}/key-results/{id}/sources": 7,
  "GET /api/v1/orgs/{org}/metric-sources/{id}": 7,
  // Every KR's sources the caller reads (a team page's cards name their unit): the private units
  // to leave out, then the sources.
  "GET /api/v1/orgs/{org}/metric-sources": 5,
  "GET /api/v1/orgs/{org}/metric-source-hosts": 4,
  "GET /api/v1/orgs/{org}/initiatives": 6,
  "GET /api/v1/orgs/{org}/initiatives/{id}": 6,
  // 5 since the list pages in SQL (issue 13): private units are left out there, not after the limit.
  "GET /api/v1/orgs/{org}/experiments": 5,
  "GET /api/v1/orgs/{org}/experiments/{id}": 8,
  "GET /api/v1/orgs/{org}/experiments/{id}/history": 6,
  "GET /api/v1/orgs/{org}/key-results/{id}/check-ins": 7,
  "GET /api/v1/orgs/{org}/check-ins": 5,
  "GET /api/v1/orgs/{org}/key-results/{id}/comments": 7,
  "GET /api/v1/orgs/{org}/objectives/{id}/comments": 7,
  // 9 since the whole period is streamed (docs/performance.md, "Memory"): the stamp its ETag is
  // made of, then per slice of 250 units its objectives, their KRs and the objectives cascaded
  // from them (one slice here), where it read the period's objectives and KRs whole.
  "GET /api/v1/orgs/{org}/tree": 9,
  "GET /api/v1/orgs/{org}/units/{id}/path": 8,
  "GET /api/v1/orgs/{org}/search": 4,
  "GET /api/v1/orgs/{org}/people/{id}/key-results": 6,
  "GET /api/v1/orgs/{org}/units/{id}/okrs": 8,
  "GET /api/v1/orgs/{org}/dashboard": 11,
  "GET /api/v1/orgs/{org}/dashboard/at-risk": 6,
  "GET /api/v1/orgs/{org}/dashboard/stale": 7,
  "GET /api/v1/orgs/{org}/coach/settings": 4,
  "GET /api/v1/orgs/{org}/coach/report": 11,
  "GET /api/v1/orgs/{org}/reviews": 8,
  "GET /api/v1/orgs/{org}/units/{id}/review": 16,
  // 7 since the list pages by keyset (issue 13): the total is its own count.
  "GET /api/v1/orgs/{org}/learnings": 7,
  "GET /api/v1/orgs/{org}/me/notification-preferences": 4,
  "GET /api/v1/orgs/{org}/me/notifications": 5,
  "GET /api/v1/orgs/{org}/webhooks": 4,
  "GET /api/v1/orgs/{org}/webhooks/{id}": 4,
  "GET /api/v1/orgs/{org}/webhooks/{id}/deliveries": 5,
  "GET /api/v1/orgs/{org}/outbox/dead": 4,
  "GET /api/v1/orgs/{org}/getting-started": 9,
  "GET /api/v1/orgs/{org}/me/units": 1,
  "GET /api/v1/orgs/{org}/sso": 4,
  "GET /api/v1/orgs/{org}/audit-log": 4,
  "GET /api/v1/orgs/{org}/audit-log/export": 4,
  "GET /api/v1/orgs/{org}/units/{id}/health-metrics": 6,
  "GET /api/v1/orgs/{org}/health-metrics/{id}": 6,
  "GET /api/v1/orgs/{org}/health-metrics/{id}/readings": 6,
  "GET /api/v1/orgs/{org}/health-metrics/{id}/history": 6,
  "GET /api/v1/orgs/{org}/key-results/{id}/guardrails": 7,
  // Every KR's guardrails the caller reads (a team page's cards name their unit): the private
  // units to leave out, then the guardrails; their metrics' readings only when there are some.
  "GET /api/v1/orgs/{org}/guardrails": 5,
  "GET /api/v1/orgs/{org}/dependencies": 6,
  "GET /api/v1/orgs/{org}/dependencies/{id}": 5,
  "GET /api/v1/orgs/{org}/dependencies/{id}/history": 7,
  "GET /api/v1/orgs/{org}/coach/conflicts": 8,
  "GET /api/v1/orgs/{org}/units/{id}/calibration": 5,
  // No closed period here; each objective of the unit's last 8 closed periods adds 2 (its
  // activation snapshot from the history, docs/coach.md "Practice over time").
  "GET /api/v1/orgs/{org}/units/{id}/practice": 6,
  "GET /api/v1/orgs/{org}/sprints": 8,
  "GET /api/v1/orgs/{org}/sprints/{id}": 7,
  "GET /api/v1/orgs/{org}/sprints/{id}/history": 5,
  "GET /api/v1/orgs/{org}/okr-file": 7,
  // The okr-file's 7, then the key results' owners and readings in one more read (docs/import-export.md).
  "GET /api/v1/orgs/{org}/export": 10,
  "GET /api/v1/orgs/{org}/import/template": 1,
  "GET /api/v1/orgs/{org}/import-mappings": 4,
  "GET /api/v1/orgs/{org}/tree?depth=2": 8,
  // The map's own answer (docs/views-at-scale.md): the same reads as the tree's, fewer columns.
  "GET /api/v1/orgs/{org}/map": 7,
  "GET /api/v1/orgs/{org}/map?depth=2": 8,
  "GET /api/v1/auth/me": 3,
  "GET /api/v1/auth/sessions": 2,
  "GET /api/v1/auth/two-factor": 3,
  "GET /api/v1/orgs": 2,
  // Scoring writes (issue 15, the check-in path; 22, 21 and 13 before): the score lock rides in
  // the `begin`'s round trip, the roll-up reads its chain in one statement and writes it in one,
  // and the webhook event reads its KRs' facts and authors' names together. A single check-in
  // also reads its KR, unit, period and webhooks in one locking statement and writes its KR's
  // reading, forecast and score as one update (docs/performance.md).
  "POST /api/v1/orgs/{org}/key-results/{id}/check-ins": 8,
  "POST /api/v1/orgs/{org}/check-ins": 16,
  "POST /api/v1/orgs/{org}/objectives": 11,
};
