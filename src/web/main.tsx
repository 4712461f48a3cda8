import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { setupI18n } from "./i18n/index.ts";
import "./ui/tokens.css";
import "./ui/base.css";
import "./ui/components.css";
import "./layout/layout.css";
import "./features/features.css";

setupI18n();

const queryClient = new QueryClient({
  defaultOptions: {
    // OKR data changes a few times a day: a short stale time keeps pages instant between views.
    queries: { staleTime: 30_000, refetchOnWindowFocus: true, retry: 1 },
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
