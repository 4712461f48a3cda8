import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiRequestError } from "./api/client.ts";
import { failureOf, isTransient } from "./api/failure.ts";
import { App } from "./app/App.tsx";
import { setupI18n } from "./i18n/index.ts";
import "./ui/tokens.css";
import "./ui/base.css";
import "./ui/components.css";
import "./layout/layout.css";
// Each feature's styles, in the order they had as one file (they never overlap, but order is kept).
import "./features/map/map.css";
import "./features/team/team.css";
import "./features/check-ins/check-in.css";
import "./features/editor/editor.css";
import "./features/dashboard/dashboard.css";
import "./features/access.css";

setupI18n();

const queryClient: QueryClient = new QueryClient({
  // A session that expires mid-use: re-ask who is signed in, and the sign-in page follows.
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (error instanceof ApiRequestError && error.status === 401 && query.queryKey[0] !== "me") {
        queryClient.invalidateQueries({ queryKey: ["me"] });
      }
    },
  }),
  defaultOptions: {
    // OKR data changes a few times a day: a short stale time keeps pages instant between views.
    // A load that failed for want of Grove is tried twice more with backoff; a refusal is final.
    // "always": an offline browser fails at once and says so (LoadError, FailureAlert) instead of
    // waiting silently; reconnecting and focusing the window refetch what failed.
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: true,
      refetchOnReconnect: true,
      networkMode: "always",
      retry: (count, error) => count < 2 && isTransient(failureOf(error)),
    },
    // A save is never repeated behind the person's back: they see the failure and retry.
    mutations: { networkMode: "always", retry: false },
  },
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
