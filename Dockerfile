# Dialogue Desk: one image for both ways of running it.
#   HTTP interactions (stateless; run as many replicas as you like):
#     docker run -e DISCORD_PUBLIC_KEY=… -p 8080:8080 dialogue-desk
#   Gateway bot (one process; DISCORD_SHARDS=auto in many servers):
#     docker run -e DISCORD_TOKEN=… -e METRICS_PORT=9100 dialogue-desk node dist/bot/main.js
FROM node:20-slim
WORKDIR /app

# Dependencies first (cached while only src/ or data/ change); scripts skipped: there is nothing to build yet.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts

# Compile src/ to dist/ with tsc, then drop the build tools: the image runs plain node.
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN node scripts/start.mjs --build-only && npm prune --omit=dev

# The knowledge base ships in the image: every replica answers from the same data. New data, new image.
COPY data ./data

ENV NODE_ENV=production PORT=8080
USER node
EXPOSE 8080
# /healthz: on PORT for the HTTP endpoint, on METRICS_PORT for the gateway bot (set it when running the bot).
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.METRICS_PORT||process.env.PORT)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# the same node flags as `npm start` (package.json): a 2 MB young generation keeps the process small
CMD ["node", "--max-semi-space-size=2", "dist/http/main.js"]
