# Grove's container image (docs/deployment.md, "Container image"). The build stage runs the
# production install of docs/operations.md, "Install, build, start", step by step; the image keeps
# only what it leaves behind: dist/ and the runtime's node_modules, no build tools.
FROM node:22-bookworm-slim AS build
WORKDIR /grove
COPY . .
RUN npm ci && npm run build && npm ci --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    GROVE_DATA_DIR=/data
WORKDIR /grove
COPY --from=build /grove /grove
# The embedded database's directory, for a trial without DATABASE_URL; on PostgreSQL it stays empty.
RUN mkdir /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
CMD ["node", "bin/grove", "serve"]
