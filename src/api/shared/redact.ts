// An invitation link is a credential: whoever has it can join the organisation. Request logs
// keep the route but never the token (the API's /auth/invitations/{token} and the web app's
// /invite/{token} page), nor a `token` query value.

const TOKEN_SEGMENT = /(\/(?:invitations|invite)\/)[^/]+/g;
const TOKEN_QUERY = /([?&]token=)[^&]*/gi;

/** The request's path and query as the request log may show them. */
export function redactedPath(pathAndQuery: string): string {
  return pathAndQuery.replace(TOKEN_SEGMENT, "$1[redacted]").replace(TOKEN_QUERY, "$1[redacted]");
}
