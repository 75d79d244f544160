// Small, realistic handoffs for unit tests: a seed-like duplicate group, and the non-duplicates
// that look like duplicates (create vs deploy, skeleton vs implementation, templated reports).
import { doc } from "./helpers.js";

export const TRACKED = [
  "crewai-service/main.py",
  "crewai-service/requirements.txt",
  "src/backend/search/indexer.py",
  "src/backend/search/__init__.py",
  "db/migrations/001_users.sql",
  "README.md",
];

export const FILES: Record<string, string> = {
  "_agents/_handoffs/handoff-api-healer-deploy-russell-20260218.md": `---
status: open
assigned_to: russell
priority: high
due: 2026-02-20
created: 2026-02-18
---
# Deploy api_healer.py to Render

Russell, the healer module is ready. Please deploy \`crewai-service/api_healer.py\` to Render.

## Acceptance Criteria
- [ ] Deploy to Render via GitHub push
- [ ] Restart crewai-service
- [ ] Run test calls for all 3 agents
`,
  "_agents/_handoffs/handoff-api-deploy-russell-20260217.md": `# Handoff: Deploy Gemini's API patches (healer)

**Assigned to**: Russell
**Priority**: critical
**Due date**: 2026-02-19
**Status**: open
**Created**: 2026-02-17

## Context
Gemini wrote patches for the 404/NoneType errors. They live in \`api_healer.py\`.

## Tasks
- [ ] Deploy to Render via GitHub push
- [ ] Configure environment variables
- [ ] Verify the healer fallback chain works
`,
  "_agents/_handoffs/handoff-api-artifacts-russell-20260217.md": `---
status: in_progress
assignee: russell
due: 2026-02-18
created: 2026-02-17
---
# Deploy debug patches for the API healer

Ship the healer (\`crewai-service/api_healer.py\`) and its debug logging to production on Render so the agents stop failing.

- [ ] Deploy to Render via a GitHub push
- [x] Review Gemini's implementation
- [ ] Monitor the API failure rate for 24 hours
`,
  "_agents/_handoffs/handoff-create-api-healer-gemini-20260219.md": `---
status: open
assigned_to: gemini
due: 2026-02-20
created: 2026-02-19
---
# Create api_healer.py with dynamic model discovery

Gemini: create \`crewai-service/api_healer.py\` (to be created). It must discover models dynamically.

- [ ] Create crewai-service/api_healer.py
- [ ] Unit tests for the fallback chain
`,
  "_agents/_handoffs/handoff-search-skeleton-20260301.md": `---
status: open
assigned_to: claude
created: 2026-03-01
---
# Search indexer skeleton

Lay out the module structure for \`src/backend/search/indexer.py\`: class stubs and signatures, no logic yet.

- [ ] Stub the Indexer class with method signatures
- [ ] Add docstrings
`,
  "_agents/_handoffs/handoff-search-implementation-20260303.md": `---
status: open
assigned_to: claude
created: 2026-03-03
---
# Implement the search indexer

Fill in \`src/backend/search/indexer.py\`: tokenisation, the inverted index and ranking.

- [ ] Implement tokenisation in the Indexer class
- [ ] Implement ranking with BM25
`,
  "_agents/_handoffs/report-daily-run-2026-02-17.md": `---
status: open
created: 2026-02-17
created_by: executor
---
# Daily run report 2026-02-17

## Summary
The executor ran 12 phases. See \`crewai-service/main.py\` for the entry point.

## Errors
- 3 API 422 errors in advanced-search

## Next steps
- [ ] Investigate advanced-search retries
`,
  "_agents/_handoffs/report-daily-run-2026-02-18.md": `---
status: open
created: 2026-02-18
created_by: executor
---
# Daily run report 2026-02-18

## Summary
The executor ran 14 phases. See \`crewai-service/main.py\` for the entry point.

## Errors
- 1 timeout in the file organiser

## Next steps
- [ ] Investigate advanced-search retries
`,
  "handoffs/migrate-users-postgres.md": `---
status: open
assigned_to: dana
created: 2026-01-05
due: 2026-01-12
---
# Migrate the users table to Postgres

Move the users table from SQLite to Postgres using \`db/migrations/001_users.sql\`; keep ids stable.

- [ ] Write the migration script for the users table
- [ ] Backfill user ids without gaps
- [ ] Switch the connection string in production
`,
  "handoffs/migrate-users-postgres-reissued.md": `---
status: open
assigned_to: dana
created: 2026-01-15
due: 2026-01-20
---
# Re-issued: migrate users table to PostgreSQL

Still open from last week. Users still live in SQLite; migrate them to Postgres with \`db/migrations/001_users.sql\`.

- [ ] Write the migration script for the users table
- [ ] Backfill user ids without gaps
- [ ] Switch the connection string in production
`,
  "handoffs/write-onboarding-guide.md": `---
status: open
assigned_to: dana
---
# Write the onboarding guide

Explain the local setup in \`README.md\`.

- [ ] Describe local setup
`,
  "handoffs/old-done-task.md": `---
status: done
assigned_to: russell
---
# Deploy api_healer.py to Render

Deployed \`crewai-service/api_healer.py\`.
`,
};

export const SAME = [
  "_agents/_handoffs/handoff-api-artifacts-russell-20260217.md",
  "_agents/_handoffs/handoff-api-deploy-russell-20260217.md",
  "_agents/_handoffs/handoff-api-healer-deploy-russell-20260218.md",
];

export function docs(files: Record<string, string> = FILES, tracked: readonly string[] = TRACKED) {
  const all = [...tracked, ...Object.keys(files)];
  return Object.entries(files).map(([path, text]) => doc(path, text, all));
}
