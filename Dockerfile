# syntax=docker/dockerfile:1
# java-migration: the Slack bot (and the CLI) on Node 24, the current LTS.
#
#   docker build -t java-migration .
#   docker run --env-file .env -v "$PWD/migration.yml:/config/migration.yml:ro" -p 3000:3000 java-migration
#   docker run --rm java-migration node --import tsx src/cli/main.ts status      # the CLI
#
# Debian 12 (bookworm), the release CI runs on: the package lists below are
# .ci/run's build_pkgs and runtime_pkgs (test/deploy keeps them equal), so the
# image links canvas against exactly what CI built and tested.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
# canvas has no prebuilt binary to download here: it compiles against these.
RUN apt-get update \
  && apt-get install -y --no-install-recommends \
    build-essential pkg-config libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev \
    libpixman-1-dev \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY . .

FROM ${NODE_IMAGE}
# Only what canvas loads at run time, plus a font for chart text.
RUN apt-get update \
  && apt-get install -y --no-install-recommends \
    libcairo2 libpango-1.0-0 libpangocairo-1.0-0 libjpeg62-turbo libgif7 librsvg2-2 libpixman-1-0 \
    fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
  PORT=3000 \
  DATA_DIR=/data \
  MIGRATION_CONFIG=/config/migration.yml
WORKDIR /app
# Code owned by root and read-only to the app user; only /data is writable.
COPY --from=build /app /app
# An empty rules file means every default; mount yours over it (documented in /app/migration.example.yml).
RUN mkdir -p /config /data \
  && printf '# Mount your rules file here; see /app/migration.example.yml. Empty: every default.\n' > /config/migration.yml \
  && chown node:node /data
# The node user of the official image (uid 1000), by number so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
VOLUME ["/config", "/data"]
EXPOSE 3000
# Node itself as PID 1 (not npm): SIGTERM reaches the app, which shuts down gracefully.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "src/main.ts"]
