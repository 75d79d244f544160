# handoff-guard GitHub App: a small, stateless Node server (all state lives in GitHub).
#   docker build -t handoff-guard-app .
#   docker run -p 3000:3000 -e APP_ID=... -e PRIVATE_KEY="$(base64 -w0 key.pem)" \
#     -e WEBHOOK_SECRET=... handoff-guard-app
FROM node:20-alpine
ENV PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
# tsx (locked in package-lock.json) runs the TypeScript sources directly; no build step.
RUN npm ci --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json ./
COPY src ./src
ENV NODE_ENV=production
USER node
EXPOSE 3000
# Probot answers GET /ping with PONG.
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- "http://127.0.0.1:${PORT}/ping" || exit 1
CMD ["node", "--import", "tsx", "src/app/server.ts"]
