# classbot container image: build stage (compile TypeScript, build the index snapshot) → slim runtime.
#   docker build -t classbot .
#   docker run --rm -p 3978:3978 --env-file .env classbot

# ---- build: all dependencies, compile, snapshot the index ----
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts off: `prepare` would compile before the sources are here.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY scripts ./scripts
# scripts/load.ts shares helpers with the benchmarks.
COPY bench ./bench
COPY src ./src
COPY adapters ./adapters
COPY index-data ./index-data
RUN npm run build

# ---- runtime: production dependencies only, non-root ----
FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0 \
    CLASSBOT_DATA=/app/index-data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
# The playground's static page, served from the source tree next to the compiled code.
COPY --from=build /app/adapters/web/public ./adapters/web/public
# The specs, owned by the runtime user so a stale snapshot can be rebuilt at start.
COPY --from=build --chown=node:node /app/index-data ./index-data
USER node
# Parse the specs and build the search index at image build time, so the container is ready seconds after start.
# Built here rather than in the build stage: the snapshot is keyed to the spec files' size and mtime, which a
# copy between stages need not preserve.
RUN node dist/adapters/cli/run.js index build
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node handles SIGTERM itself (graceful shutdown); run with --init for zombie reaping if you add child processes.
CMD ["node", "dist/src/server/main.js"]
