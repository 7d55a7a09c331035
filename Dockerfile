# A small image that runs shards (and any other `npm run sim` command) without a checkout:
#   docker build -t fund-chain-sim .
#   docker run --rm -v "$PWD/shards:/shards" fund-chain-sim \
#     shard scenarios/hebei-2022.json --trials 10000 --shard 0/4 --out /shards/shard-0.json
# The command line and its worker go in as the two esbuild bundles `npm run sim` runs from
# (scripts/sim.mjs), with the scenarios; the app, the sources, the tests and the dev tools stay in
# the build stage. Both stages use /app: the bundles name their sources' paths to find the scenarios.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.engine.json ./
COPY scripts/sim.mjs ./scripts/sim.mjs
COPY src/engine ./src/engine
COPY src/cli ./src/cli
COPY src/workers ./src/workers
# Builds node_modules/.cache/fund-chain/{sim.mjs,worker.cjs}; --help checks that the CLI starts.
RUN node scripts/sim.mjs --help > /dev/null

FROM node:20-bookworm-slim
WORKDIR /app
# As package.json's "sim": one malloc arena, a small young generation for the merging main thread.
ENV NODE_ENV=production MALLOC_ARENA_MAX=1 FUND_CHAIN_NODE_WORKER=/app/bundle/worker.cjs
COPY --from=build /app/node_modules/.cache/fund-chain ./bundle
# The command line's bundle imports esbuild (src/workers/nodeBundle.ts, kept external), so its
# JavaScript must be here to load. Its 11 MB native binary (@esbuild/<platform>) stays behind: it
# would only bundle a worker when FUND_CHAIN_NODE_WORKER is unset, from sources the image lacks.
COPY --from=build /app/node_modules/esbuild ./node_modules/esbuild
COPY scenarios ./scenarios
RUN printf '#!/bin/sh\nexec node --max-semi-space-size=1 /app/bundle/sim.mjs "$@"\n' \
      > /usr/local/bin/fund-chain-sim \
 && chmod +x /usr/local/bin/fund-chain-sim \
 && fund-chain-sim --help > /dev/null
# Shards and results go to a mounted folder (or a volume synced with an object store).
VOLUME ["/shards"]
# Runs as root so that it can write to a mounted folder whatever its owner.
ENTRYPOINT ["fund-chain-sim"]
CMD ["--help"]
