# One image that runs both Faultline processes: the web server (Next behind a node:http
# dispatcher) and the BullMQ worker. PostgreSQL and Redis are separate (see docker-compose.yml).
# Not built in this repository's CI: its machines have no Docker engine.
FROM node:20-bookworm-slim

ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app

COPY package.json package-lock.json ./
# The lock file may lack other platforms' optional native packages (see scripts/lib/common.sh);
# npm install then installs the same locked versions.
RUN npm ci --no-audit --no-fund || npm install --no-save --no-audit --no-fund

COPY . .
# `next build` imports the route modules, which refuse to load without these two settings; the
# placeholders are never used to connect or sign anything, the real values come at run time.
RUN export DATABASE_URL=postgresql://localhost/unused \
           AUTH_SECRET=build-time-placeholder-never-used-at-run-time \
 && npx prisma generate \
 && NODE_ENV=production npx next build \
 && node --import tsx scripts/bundle-server.ts

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 3000
STOPSIGNAL SIGTERM
CMD ["bash", "scripts/docker-entrypoint.sh"]
