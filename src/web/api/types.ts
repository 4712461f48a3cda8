import type { Schemas } from "../../api/client/index.ts";

// Shapes the web app reads, all taken from the generated OpenAPI types (never re-declared).
export type Period = Schemas["Period"];
export type Unit = Schemas["Unit"];
export type Person = Schemas["Person"];
export type Member = Schemas["Member"];
export type ScoredObjective = Schemas["ScoredObjective"];
export type ScoredKeyResult = Schemas["ScoredKeyResult"];
export type OkrTree = Schemas["OkrTree"];
export type TreeUnit = OkrTree["units"][number];
/** The alignment map's own shape (`GET /map`): only what the map and its path view draw. */
export type MapUnit = Schemas["MapUnit"];
export type MapObjective = Schemas["MapObjective"];
export type MapKeyResult = Schemas["MapKeyResult"];
export type UnitOkrs = Schemas["UnitOkrs"];
export type CheckIn = Schemas["CheckIn"];
export type CreateObjective = Schemas["CreateObjective"];
export type KeyResultInput = Schemas["KeyResultInput"];
export type UpdateObjective = Schemas["UpdateObjective"];
export type LeaderDashboard = Schemas["LeaderDashboard"];
export type DashboardKeyResult = Schemas["DashboardKeyResult"];
export type Band = NonNullable<ScoredObjective["band"]>;
/** The error body; a version_conflict also carries the row as it is now (not yet in the OpenAPI schema). */
export type ApiError = Schemas["ErrorBody"]["error"] & { current?: Record<string, unknown> };
export type Me = Schemas["Me"];
export type SignUp = Schemas["SignUp"];
export type Invitation = Schemas["Invitation"];
export type NewInvitation = Schemas["NewInvitation"];
export type ApiToken = Schemas["ApiToken"];
export type NewApiToken = Schemas["NewApiToken"];
export type HistoryEntry = Schemas["HistoryEntry"];
export type OrgRole = Person["role"];
export type UnitRole = Member["role"];
export type TokenScope = ApiToken["scope"];
export type KeyResult = Schemas["KeyResult"];
export type Objective = Schemas["Objective"];
export type SaveObjective = Schemas["SaveObjective"];
