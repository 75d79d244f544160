import type { Draft, Rule } from "./rule.js";

export const HG401: Rule = {
  id: "HG401",
  name: "invalid-front-matter",
  defaultSeverity: { handoff: "warning", document: "warning" },
  summary:
    "Front matter YAML does not parse, or a known key (status, due, priority, ...) has a value that is not allowed.",
  explanation:
    "Status, assignee, priority and due date drive the other checks (a done handoff with missing deliverables, duplicates, overdue work). A typo in them silently turns those checks off for the document.",
  fix: "Fix the YAML at the line shown; use one of the allowed values named in the message.",
  examples: {
    fires: "---\nstatus: finsihed\ndue: next week\n---",
    passes: "---\nstatus: done\ndue: 2026-02-21\n---",
  },
  check(ctx) {
    const drafts: Draft[] = [];
    for (const doc of ctx.documents) {
      for (const problem of doc.problems) {
        drafts.push({
          path: doc.path,
          line: problem.line,
          column: problem.column,
          target: null,
          raw: problem.key ?? null,
          intent: null,
          message: problem.message,
          suggestions: [],
          related: [],
          class: doc.class,
        });
      }
    }
    return drafts;
  },
};
