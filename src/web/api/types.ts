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
export type UnitOkrs = Schemas["UnitOkrs"];
export type CheckIn = Schemas["CheckIn"];
export type CreateObjective = Schemas["CreateObjective"];
export type KeyResultInput = Schemas["KeyResultInput"];
export type UpdateObjective = Schemas["UpdateObjective"];
export type LeaderDashboard = Schemas["LeaderDashboard"];
export type DashboardKeyResult = Schemas["DashboardKeyResult"];
export type Band = NonNullable<ScoredObjective["band"]>;
export type ApiError = Schemas["Error"]["error"];
export type Me = Schemas["Me"];
