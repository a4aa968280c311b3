# Relais server image: Node 24 LTS, production dependencies only, run as the `node` user. At
# start the container applies migrations (`prisma migrate deploy`) and then serves; set
# DATABASE_URL to a Postgres with pgvector and REDIS_URL for several replicas (see
# docker-compose.yml), or leave them unset to use the embedded database in /data (mount a
# volume there; one replica only). It starts through tsx: Node 24's type stripping cannot run
# the sources while they use TypeScript parameter properties (README, "Running with Docker").
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY core/package.json core/package.json
COPY api/package.json api/package.json
COPY bots/package.json bots/package.json
COPY widget/package.json widget/package.json
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    RELAIS_DATA_DIR=/data \
    CHECKPOINT_DISABLE=1
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Generate the Prisma client and build the website widget at build time (offline: the JS
# engine needs no download; /app is read-only for the node user at run time).
RUN node scripts/ensure-prisma-client.mjs \
 && node --import tsx widget/build/build.ts \
 && mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--import", "tsx", "api/src/main.ts"]
