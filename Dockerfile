# handoff-guard GitHub App: a small, stateless Node server (all state lives in GitHub).
#   npm run build   (dist/app.js is committed; this only refreshes it)
#   docker build -t handoff-guard-app .
#   docker run -p 3000:3000 -e APP_ID=... -e PRIVATE_KEY="$(base64 -w0 key.pem)" \
#     -e WEBHOOK_SECRET=... handoff-guard-app
FROM node:20-alpine
ENV PORT=3000 HOST=0.0.0.0 NODE_ENV=production
WORKDIR /app
# dist/app.js is one self-contained bundle: no npm install in the image.
COPY dist/app.js ./app.js
USER node
EXPOSE 3000
# Probot answers GET /ping with PONG.
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- "http://127.0.0.1:${PORT}/ping" || exit 1
CMD ["node", "app.js"]
