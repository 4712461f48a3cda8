import type { ApiToken, ErrorBody, Member, Person, ScoredObjective } from "../../api/client/index.ts";

// Shapes the web app reads, all taken from the generated OpenAPI types (never re-declared).
// MapUnit, MapObjective and MapKeyResult are the alignment map's own shape (`GET /map`): only what
// the map and its path view draw.
export type {
  ApiToken,
  CheckIn,
  CreateObjective,
  DashboardKeyResult,
  HistoryEntry,
  Invitation,
  KeyResult,
  KeyResultInput,
  LeaderDashboard,
  MapKeyResult,
  MapObjective,
  MapUnit,
  Me,
  Member,
  NewApiToken,
  NewInvitation,
  Objective,
  OkrTree,
  Period,
  Person,
  SaveObjective,
  ScoredKeyResult,
  ScoredObjective,
  SignUp,
  TreeUnit,
  Unit,
  UnitOkrs,
  UpdateObjective,
} from "../../api/client/index.ts";
export type Band = NonNullable<ScoredObjective["band"]>;
/** The error body; a version_conflict also carries the row as it is now (not yet in the OpenAPI schema). */
export type ApiError = ErrorBody["error"] & { current?: Record<string, unknown> };
export type OrgRole = Person["role"];
export type UnitRole = Member["role"];
export type TokenScope = ApiToken["scope"];
