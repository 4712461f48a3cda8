import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The web app lives in src/web; the Grove server serves the build from dist/web at `/`.
export default defineConfig({
  root: here("."),
  plugins: [react()],
  build: {
    outDir: here("../../dist/web"),
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev`: hot reload here, data from a Grove server started alongside.
    proxy: { "/api": process.env.GROVE_API_URL ?? "http://localhost:3000" },
  },
});
