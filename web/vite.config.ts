import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The API runs on :4000 in development; the dev server forwards both HTTP
// queries and the graphql-ws socket so the client always talks to its own origin,
// and the server's downloads (minutes, open data) too.
const api = "http://localhost:4000";
const proxy = {
  "/graphql": { target: api, ws: true, changeOrigin: true },
  "/minutes": { target: api, changeOrigin: true },
  "/open-data": { target: api, changeOrigin: true },
  "/feeds": { target: api, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy },
  preview: { proxy },
  build: { outDir: "dist", emptyOutDir: true },
});
