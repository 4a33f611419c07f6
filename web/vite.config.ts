import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The API runs on :4000 in development; the dev server forwards both HTTP
// queries and the graphql-ws socket so the client always talks to its own origin.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/graphql": { target: "http://localhost:4000", ws: true, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      "/graphql": { target: "http://localhost:4000", ws: true, changeOrigin: true },
    },
  },
  build: { outDir: "dist", emptyOutDir: true },
});
