import { api } from "../../api/client.ts";
import { useWholeList } from "../../api/whole-list.ts";

export type { CompanyObjective } from "../../../api/client/index.ts";

/** The company objectives of a period with the strategy each serves (M8, P1). */
export function useCompanyObjectives(org: string, period: string | undefined) {
  return useWholeList(
    ["org", org, "company-objectives", period ?? ""],
    "objectives",
    (paging) =>
      api.GET("/api/v1/orgs/{org}/company-objectives", {
        params: { path: { org }, query: { period: period ?? "", ...paging } },
      }),
    { enabled: Boolean(period) },
  );
}
