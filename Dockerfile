# A small image that runs shards (and any other `npm run sim` command) without a checkout:
#   docker build -t fund-chain-sim .
#   docker run --rm -v "$PWD/shards:/shards" fund-chain-sim \
#     shard scenarios/hebei-2022.json --trials 10000 --shard 0/4 --out /shards/shard-0.json
# Only the engine, the command line and the scenarios go in; the app, its tests and the
# browser-test tools stay out. tsx runs the TypeScript as `npm run sim` does.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Runtime dependencies, then tsx (a devDependency in the checkout) at the version the lock pins.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm install --no-save --ignore-scripts --no-audit --no-fund \
      "tsx@$(node -p "require('./package-lock.json').packages['node_modules/tsx'].version")" \
 && npm cache clean --force
COPY tsconfig.json tsconfig.engine.json ./
COPY src/engine ./src/engine
COPY src/cli ./src/cli
COPY src/workers ./src/workers
COPY scenarios ./scenarios
# Shards and results go to a mounted folder (or a volume synced with an object store).
VOLUME ["/shards"]
# Runs as root so that it can write to a mounted folder whatever its owner.
ENTRYPOINT ["npx", "--no-install", "tsx", "src/cli/sim.ts"]
CMD ["--help"]
