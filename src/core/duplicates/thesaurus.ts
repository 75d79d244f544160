// A small, hand-written thesaurus of software-work words, so that two agents who describe one
// task in different words ("alert" / "notify", "cap" / "limit", "crash" / "exception") still
// share tokens. Applied symmetrically to every document (titles, bodies, checklist items) before
// TF-IDF, so a concept shared by many handoffs still weighs little.
//
// Source: general English and software-engineering usage (issue trackers, ops and incident
// vocabulary, common abbreviations), written from general knowledge. It was NOT built by reading
// the labelled corpus's handoffs, and it must stay that way: entries are added because the words
// are interchangeable in ordinary engineering prose, never because a test pair needs them.
// Keep it modest: every entry makes unrelated documents a little more alike. Words whose senses
// differ in common use (key, token, page in web contexts, lock) are left out or kept narrow.
//
// Each line is one concept; the first word is the canonical form every other word becomes.

const GROUPS: readonly string[] = [
  // Notifications (ops usage: to page on-call = to alert someone).
  "alert notify notification notifications alerting paging pager",
  // Things going wrong.
  "error failure fail failing failed exception crash crashes crashing",
  // Shortening text.
  "truncate truncated truncating truncation cut shorten shortened clip clipped",
  // Whole, not shortened.
  "full complete entire whole untruncated",
  // Money going out.
  "spend spending cost costs expense expenses",
  // An upper bound.
  "limit cap capped ceiling quota",
  // Getting software to production.
  "deploy ship shipped shipping release rollout redeploy",
  // Slowness.
  "slow slowness latency sluggish",
  // Timeouts.
  "timeout timeouts timed",
  // Repairs.
  "fix repair resolve",
  // Removal.
  "remove delete drop",
  // Settings.
  "config configuration configurations setting settings",
  // Secrets.
  "secret secrets credential credentials",
  // Common abbreviations.
  "database db",
  "repository repo",
  "environment env",
  "authentication auth authn",
  "login signin logon",
  "message msg",
  "character characters char chars",
  "dependency dependencies dep deps",
  "package pkg",
  "request req",
  "response resp",
  "performance perf",
  "reproduce repro",
  "application app",
  "documentation docs",
  // Non-deterministic tests.
  "flaky flake flakey intermittent nondeterministic",
  // Version bumps.
  "upgrade bump",
  // Not committed to git.
  "uncommitted untracked unstaged",
  // Scheduled jobs.
  "cron crontab scheduled",
  // Getting data back.
  "restore recover recovery",
  // Storing.
  "store storage persist persistence",
];

let table: Map<string, string> | null = null;

/**
 * The canonical word for `word` (a lower-cased raw word), or `word` itself. Lookups are on raw
 * words; callers stem the result, so inflections outside the list still meet through the stemmer.
 */
export function canonicalWord(word: string): string {
  if (table === null) {
    table = new Map();
    for (const line of GROUPS) {
      const [head, ...rest] = line.split(" ");
      for (const w of rest) table.set(w, head!);
    }
  }
  return table.get(word) ?? word;
}

/** The thesaurus lines, for tests and documentation. */
export const THESAURUS: readonly string[] = GROUPS;
