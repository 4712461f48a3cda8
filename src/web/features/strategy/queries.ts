import { useQuery } from "@tanstack/react-query";
import type { Schemas } from "../../../api/client/index.ts";
import { allPages, api } from "../../api/client.ts";

export type CompanyObjective = Schemas["CompanyObjective"];

/** The company objectives of a period with the strategy each serves (M8, P1). */
export function useCompanyObjectives(org: string, period: string | undefined) {
  return useQuery({
    queryKey: ["org", org, "company-objectives", period ?? ""] as const,
    queryFn: () =>
      allPages("objectives", (paging) =>
        api.GET("/api/v1/orgs/{org}/company-objectives", {
          params: { path: { org }, query: { period: period ?? "", ...paging } },
        }),
      ),
    select: (data) => data.objectives,
    enabled: Boolean(period),
  });
}
