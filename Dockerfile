# Relais server image: Node 24 LTS, production dependencies only, no TypeScript loader, run as
# the `node` user. Node 24 runs the TypeScript sources itself (type stripping: the code uses
# only erasable syntax, which `npm run typecheck` enforces with erasableSyntaxOnly), so the
# image starts with the very command CI starts (api/src/startup.test.ts): `node api/src/main.ts`.
# At start it applies pending migrations (`prisma migrate deploy`, in a child process, while
# /readyz answers 503), then serves. Set DATABASE_URL to a Postgres with pgvector and REDIS_URL
# for several replicas (docker-compose.yml), or leave them unset to use the embedded database in
# /data (mount a volume there; one replica only).

# Build stage: the Prisma client (generated from the schema, offline: the JS engine needs no
# download) and the website widget's bundle (esbuild), both written into the source tree.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY core/package.json core/package.json
COPY api/package.json api/package.json
COPY bots/package.json bots/package.json
COPY widget/package.json widget/package.json
# npm ci runs the root postinstall (it builds the assistant's model once the sources are there)
COPY scripts/build-assistant-model.mjs scripts/build-assistant-model.mjs
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/ensure-prisma-client.mjs && node widget/build/build.ts

# Final stage: production dependencies installed here (npm ci --omit=dev), the sources, and what
# the build stage generated. /app stays owned by root: the node user writes only to /data, which
# also keeps the assistant's trained model (RELAIS_CACHE_DIR), built into the image below.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    RELAIS_DATA_DIR=/data \
    RELAIS_CACHE_DIR=/data/cache \
    CHECKPOINT_DISABLE=1
WORKDIR /app
COPY package.json package-lock.json ./
COPY core/package.json core/package.json
COPY api/package.json api/package.json
COPY bots/package.json bots/package.json
COPY widget/package.json widget/package.json
COPY scripts/build-assistant-model.mjs scripts/build-assistant-model.mjs
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY . .
COPY --from=build /app/core/src/db/generated core/src/db/generated
COPY --from=build /app/widget/dist widget/dist
# The install step once the sources are in: the assistant's model and dictionaries built into
# RELAIS_CACHE_DIR, so a new volume starts with them (a bind-mounted /data builds them at its first start).
RUN node scripts/build-assistant-model.mjs && mkdir -p /data && chown -R node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "api/src/main.ts"]
