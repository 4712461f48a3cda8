// The query parameters several lists share live with the request schemas (src/schemas/query.ts),
// where the services derive their inputs from them too.
export {
  DepthQuery,
  IdQuery,
  LimitQuery,
  OffsetQuery,
  PeriodFilterQuery,
  SearchTextQuery,
} from "../../schemas/query.ts";
