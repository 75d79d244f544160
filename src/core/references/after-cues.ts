// The words right after a mention: "(to be created)", "does NOT exist", "was deleted", "X from
// the 1.4.2 release was consumed". Every family of cues (English, Chinese-Japanese-Korean,
// European, the newer languages) is a list of flat alternations of literal words tried in order;
// the first match wins. Families a text cannot hold are skipped (see `afterCue`).

import type { Intent } from "../types.js";
import { CJK, CJK_AFTER, EUROPEAN_AFTER, EUROPEAN_WORDS } from "./languages.js";
import { MORE_AFTER, MORE_LATIN_WORDS, MORE_SCRIPTS, plainArabic } from "./languages-more.js";

/** Signals right after a mention: "(to be created)", "does NOT exist", "was deleted", "exists". */
export interface AfterCue {
  intent: Intent;
  phrase: string;
}

/** Up to two words between the mention and the cue: "`X` file was never committed". */
const GAP =
  "(?:(?:file|folder|directory|dir|module|script|doc|document|page|package|policy|guide|template|spec|notes|config|configuration|workflow|stub|schema|migration|helper|class|component|plugin|job|submodule|theme|override|partial|layout|shortcode|snippet|fixture|notebook|manifest|router|implementation|version|export|dump|snapshot|backup|report|dataset|roster|output|action|layout|flow|setup|pipeline|process|prototype|demo|spike|experiment|approach|integration|tooling|logic|code|target|task|step|hack|workaround|mechanism|entrypoint|command|binary|tool|service|endpoint|route|handler|hook|wrapper|shim|build)\\s+)?";
const CREATION =
  "created|added|written|implemented|built|generated|scaffolded|introduced|set up|drafted|made|produced|committed|imported|exported|recorded|drawn|designed|blocked out|mocked up|pushed|checked in";

/**
 * A cue, the intent it gives, and (for cues that scan a window of the text) words one of which the
 * text must hold for the cue to be tried: every mention whose intent is read pays for every cue.
 */
type Cue = readonly [RegExp, Intent, (readonly string[])?];

const AFTER: Cue[] = [
  // "`importers/ofx.py` was planned and then dropped": a plan given up, so the file is not coming.
  [
    /^[\s,]*(?:was|were|had been)\s+planned\s+(?:and|but)\s+(?:then\s+|later\s+)?(?:dropped|abandoned|scrapped|cancell?ed|shelved|cut)\b/,
    "removed",
    ["planned"],
  ],
  [
    new RegExp(
      `^[\\s:,(—–-]*(?:which\\s+|that\\s+)?${GAP}(?:is\\s+|are\\s+|was\\s+|were\\s+)?(?:still\\s+)?(?:(?:to be|will be|will get|needs? to be|should be|must be|yet to be|not yet|still to be|has yet to be|have yet to be)\\s+(?:${CREATION})\\b|(?:tbd|todo|planned|proposed|coming soon|upcoming|not yet created)\\b)[^).;]*`,
    ),
    "planned",
  ],
  // "A shared `scripts/new-module.sh` scaffolder needs to be written": the noun may be any word.
  [
    /^[\s,]*(?!(?:and|or|but|then|which|that|it|this|also|so)\s)[a-z][\w-]{2,20}\s+(?:still\s+)?(?:needs? to be|has to be|have to be|must be|is yet to be|are yet to be|is still to be)\s+(?:written|created|added|built|implemented|generated|scaffolded)\b/,
    "planned",
    [" be "],
  ],
  // "long-term memory goes in `src/agents/memory/store.py` next sprint": due in a later iteration.
  [
    /^[`'"*_]*\s+(?:in\s+)?(?:the\s+)?(?:next|following|upcoming|coming)\s+(?:sprint|iteration|cycle|milestone)\b/,
    "planned",
    ["sprint", "iteration", "cycle", "milestone"],
  ],
  // "`fastlane/.env.default` holds the key id (not in repo, ask in #ios-release)": a parenthesis
  // later in the clause, with no other name before it, says where the file is not.
  [
    /^[^.;()`]{0,60}\(\s*(?:still\s+)?(?:not (?:yet\s+)?(?:in (?:the\s+)?(?:repo|repository|git)|committed|checked in)|never committed|gitignored|local only|only on my (?:machine|laptop))\b/,
    "historical",
    ["("],
  ],
  [
    // "— `lib/notifications.ex` (will write after the waitlist settles)", "(I'll add it next week)":
    // the author's own plan, in a parenthesis (outside one, "X will write the CSV" is X at work).
    /^\s*\(\s*(?:(?:i|we)\s*)?(?:will|['’]ll|am going to|are going to|plan to|to)\s+(?:write|create|add|build|implement|draft|scaffold)\b/i,
    "planned",
  ],
  [
    // "`docs/diagrams/flow.puml` — the author will add it in the follow-up PR", "— I'll write it".
    /^[\s`'"*_]*[—–:-]\s*(?:(?:the\s+)?author|i|we|he|she|they|someone)\s*(?:will|['’]ll|is going to|are going to|plans? to)\s+(?:add|write|create|draft|commit|push)\s+(?:it|this|that|them|one)\b/i,
    "planned",
  ],
  [
    // "Wrote the alerts plan (`docs/plans/alerts-plan.md` at the time, renamed in session 4)": the
    // name the file had then.
    /^[`'"]*\s+(?:at the time|back then|then|originally)\s*[,;]?\s*(?:since\s+|later\s+)?(?:renamed|moved|deleted|removed)\b/,
    "removed",
  ],
  [
    // "Old Truffle setup (`truffle-config.js`, `migrations/`) was removed in v0.3": the whole list.
    /^[`'"]*(?:\s*(?:,|and|&)\s*`[^`\n]{1,120}`)*\s*\)\s*(?:was|were|has been|have been|got)\s+(?:deleted|removed|dropped|retired|deprecated)\b/,
    "removed",
  ],
  [
    /^[^.;]{0,40}?\b(?:does\s*n[o']?t|did\s*n[o']?t|do\s*n[o']?t|doesn't|didn't|don't|never|no longer)\s+(?:actually\s+|really\s+|yet\s+)?(?:exists?|existed|get created|got created|made it|been created|been committed)\b/,
    "historical",
    ["exist", "created", "made it", "committed"],
  ],
  [
    new RegExp(
      `^[\\s:(—–-]*${GAP}(?:is|are|was|were|remains?)?\\s*(?:still\\s+)?(?:missing|not found|absent|nowhere|a phantom|phantom|non-?existent|not present|not there|never created|never committed|never existed|never written|hallucinated|fictional|imaginary)\\b`,
    ),
    "historical",
  ],
  [
    new RegExp(
      `^[\\s:,(—–-]*${GAP}(?:was|were|is|are|had|has|have)?\\s*(?:not|never|n't)\\s+(?:been\\s+|yet\\s+)?(?:created|committed|written|added|generated|pushed|saved)\\b`,
    ),
    "historical",
  ],
  [
    // The author says the file is not in the repository (yet): "only on my machine", "(not in repo)",
    // ", still only on my machine".
    new RegExp(
      `^[\\s:,(—–-]*${GAP}(?:which\\s+|that\\s+)?(?:is\\s+|are\\s+|lives\\s+|sits\\s+|stays\\s+|remains\\s+)?(?:still\\s+)?(?:only\\s+)?(?:(?:on|from|in) (?:my|his|her|their|[a-z]+['’]s) (?:machine|laptop|box|computer|branch|fork)|(?<=(?:stays|remains|kept)\\s+)local(?:ly)?(?=\\s*(?:\\(|[,.;]|$))|on (?:the |a |my )?(?!main\\b|master\\b|default\\b)[\\w./-]+ branch only|only on (?:the |a |my )?(?!main\\b|master\\b|default\\b)[\\w./-]+ branch|(?:kept\\s+)?local(?:ly)? only|only local(?:ly)?|locally \\((?:gitignored|untracked|not committed)\\)|(?:not|isn't|aren't) (?:yet\\s+)?(?:in|on)\\s+(?:the\\s+|this\\s+|our\\s+)?[\`'"]?(?:repo|repository|git|main|master)\\b[\`'"]?|not (?:yet\\s+)?(?:pushed|checked in|tracked|versioned|version-controlled)|uncommitted|untracked|gitignored|not under version control)`,
    ),
    "historical",
  ],
  [
    // The same, said in a parenthesis or in the next clause: "(build output, not committed)",
    // "Wrote X (reversal postings). It is NOT committed yet."
    /^\s*(?:\([^)]{0,40}?\b(?:not (?:yet\s+)?(?:committed|tracked|checked in|pushed|in (?:the\s+)?(?:repo|repository|git))|uncommitted|untracked|gitignored)\b|\([^)]{0,40}?\bonly on (?:my|the|a|\S+['’]s) (?:machine|laptop|box|computer)\b|(?:[^.;]|\.(?=\S)){0,100}?(?:[.;]\s+)?\b(?:it|which|this|they|and|but)\s+(?:is|are|was|were|has|have)\s+(?:still\s+)?(?:(?:not|n't|never)\s+(?:been\s+|yet\s+)*(?:committed|pushed|checked in|tracked)|only\s+on\s+my\s+(?:machine|laptop|computer))\b)/,
    "historical",
  ],
  [
    // "PR #231 (X) is open, not merged; the file is not in the repo yet": the next clause, when no
    // other name comes between.
    /^[`'"]*[^.;`]{0,100}?[.;]\s+(?:the|that|this) file\s+(?:is|was|has)\s+(?:still\s+)?(?:not|n't|never)\s+(?:been\s+|yet\s+)*(?:committed|pushed|checked in|tracked|in (?:the\s+)?(?:repo|repository|git)\b)/,
    "historical",
    ["file"],
  ],
  [
    // "Priya updates `docs/model_card.md` once it exists": the author knows it is not there yet.
    /^[^.;]{0,30}?\b(?:once|when|after) (?:(?:it|this|that|they) (?:exists?|is (?:created|committed|written|merged|in|there)|lands?|gets? (?:created|committed|written))|(?:someone|somebody|anyone|we|you|the team) (?:adds?|creates?|commits?|writes?|registers?|merges?|pushes?|sets? up)\b)/,
    "historical",
    ["once", "when", "after"],
  ],
  [
    // "the eager parser in `src/parser.rs` (pre-workspace)", "(before the rename)": an era gone.
    // Not a hook or a step named "pre-…" ("`.husky/pre-commit` (pre-commit hook)").
    /^\s*\(\s*(?:pre-(?!commit|push|receive|merge|rebase|install|build|release|process|requisite|flight|fetch|render|load|compute|generated)[a-z]+|before (?:the |a )?(?:rename|move|migration|restructure|refactor|split|merge|rewrite|workspace|monorepo)[a-z]*)\s*\)/,
    "historical",
  ],
  [
    // "- `tests/test_ocr.py`: 4 tests passing", "`x.py`, shipped in PR #882": a report of work done.
    /^\s*(?::\s*\d+\s+tests?\s+(?:passing|passed|pass|green)\b|,\s*(?:shipped|merged|landed|committed)\s+in\b)/,
    "created",
  ],
  [
    // "pre-kustomize `k8s/payments.yaml` is long gone too".
    /^[\s:(—–-]*(?:is|are|was|were)\s+(?:long\s+|already\s+)gone\b/,
    "removed",
  ],
  [
    // "le librerie stavano in `lib/` (non più usato)", "(no longer used)": a place of the past.
    /^\s*\(\s*(?:no longer (?:used|needed|in use)|not used any ?more|non più (?:usat[oaie]|utilizzat[oaie])|ya no se usa|n[aã]o é mais usad[oa]|plus utilisée?s?|nicht mehr (?:verwendet|genutzt|benutzt))\s*\)/,
    "historical",
  ],
  [
    // A map entry's description: "`_fresh/` – build output, gitignored, never committed".
    /^\s*[–—:-]\s*[^.;]{0,40}?\b(?:gitignored|untracked|uncommitted|never committed|not committed|not checked in)\b/,
    "historical",
    ["ignored", "tracked", "committed", "checked in"],
  ],
  [
    // Work on the file itself is unfinished: "still drafting", "being written", "in progress".
    new RegExp(
      `^[\\s:(—–-]*${GAP}(?:is\\s+|are\\s+)?(?:still\\s+|currently\\s+)?(?:being\\s+(?:drafted|written|built|implemented|created|developed)|drafting|in draft|in progress|wip|work in progress|under construction|unfinished|half[- ]written)\\b`,
    ),
    "planned",
  ],
  [
    // A later clause about the same file: "do not edit X — it was deleted in #212".
    /^[^.]{0,60}?\b(?:it|which|this|that|they|those|these)(?:\s+(?:file|folder|change|patch|files|folders|binary|script|crate|package|notebook|page|document|config|template|test|spec|reader|writer|helper|handler|class|component|service|route|endpoint|migration|view|model|controller|hook|plugin|workflow|job|worker|function|shim|stub|wrapper|parser|loader|client|adapter|exporter|importer))?\s+(?:(?:was|were|has been|have been|had been|got|is|are)\s+(?:already\s+|since\s+|now\s+|long\s+|later\s+)?(?:deleted|removed|dropped|retired|purged|archived|renamed|moved|replaced|superseded|reverted|rolled back)|(?:later\s+|since\s+|then\s+)?moved\s+(?:to|into|over\s+to)\b)/,
    "removed",
  ],
  [
    /^[\s:(—–-]*(?:was|were|has been|have been|got|is now|are now|now|just|successfully|\(|✅|✔️?)?\s*(?:created|added|generated|written|implemented|updated|modified|changed|fixed|refactored|committed|shipped|introduced|built|saved|patched|rewritten|extended|new file|new(?=\s*\))|new (?:package|module|crate|folder|directory|script|service|target)(?=[\s,;)]))\b/,
    "created",
  ],
  [
    new RegExp(
      // Not "`tsconfig.json`: removed the stale `paths` override", where something in the file went.
      `^[\\s:(—–-]*(?:,\\s*)?${GAP}(?:itself\\s+|themselves\\s+)?(?:was|were|has been|have been|got|is now|are now|is|are)?\\s*(?:deleted|removed|dropped|deprecated|archived|purged|retired|moved|renamed|replaced|superseded|gone|obsolete|split out|split up)\\b(?!\\s+(?:the|a|an|its|their|this|that|these|those|all|some|unused|stale|dead|duplicate)\\b|\\s+\`)`,
    ),
    "removed",
  ],
  // "`api-5xx.md`, merged into this file in #287", "was folded into `b.yaml`".
  [
    new RegExp(
      `^[\\s:(—–-]*(?:,\\s*)?${GAP}(?:was|were|has been|have been|got|is now|are now)?\\s*(?:merged|folded|consolidated|combined|absorbed)\\s+into\\b`,
    ),
    "removed",
    ["into"],
  ],
  // "`lib/auth.js` became `lib/session.js`", "`app.cfg` is now `app.toml`": the old side of a rename
  // written as what it turned into (a name with a dot or slash after it, not "is now `enabled`").
  [
    /^[\s,]*(?:(?:later|then|since|eventually)\s+)?(?:became|has become|turned into|was turned into|got turned into|is now called|is now)(?=\s+`[^`\n./]{0,120}[./])/,
    "removed",
    ["became", "become", "turned into", "is now"],
  ],
  // "Blinky from `src/bin/blinky.rs` worked. That binary was deleted in !37": the next sentence
  // says the file is gone (clauseAfter keeps it).
  [
    /^(?:[^.;]|\.(?=\w)){0,80}?[;.]\s+(?:it|this|that|they|those|these)(?:\s+(?:file|folder|binary|script|crate|package|module|notebook|page|document|config|template|test|spec|reader|writer|helper|handler|class|component|service|route|endpoint|migration|view|model|controller|hook|plugin|workflow|job|worker|function|shim|stub|wrapper|parser|loader|client|adapter|exporter|importer))?\s+(?:was|were|has been|have been|got)\s+(?:later\s+|then\s+|since\s+)?(?:deleted|removed|dropped|reverted|rolled back)\b/,
    "removed",
    ["delet", "remov", "dropp", "revert", "rolled"],
  ],
  // "split across `a.yaml` and `b.yaml`; both were merged into `c.yaml`": the next clause says what
  // became of the names before it (clauseAfter keeps it).
  [
    /^(?:[^.;]|\.(?=\w)){0,80}?[;.]\s+(?:both|they|these|those|all (?:three|four|of them))\s+(?:were|have been|got)\s+(?:deleted|removed|dropped|merged|folded|consolidated|combined|renamed|moved)\b/,
    "removed",
    ["both", "they", "these", "those", "all "],
  ],
  // "(`vim/.vimrc`) is kept in the `archive/vim` branch only", "only on the `legacy` branch": not
  // on the checked commit's line of history, and the author knows it.
  [
    /^[^.;]{0,60}?\b(?:only\s+(?:in|on)\s+(?:the\s+|an?\s+|another\s+|my\s+)?(?:`[^`\n]{1,60}`|[\w./-]+)\s+branch|(?:in|on)\s+(?:the\s+|an?\s+|another\s+|my\s+)?(?:`[^`\n]{1,60}`|[\w./-]+)\s+branch\s+only)\b/,
    "historical",
    ["branch"],
  ],
  [
    // "(… `InviteDialog.vue`; that name never existed in the repo)": the next clause says so.
    /^[\s;,]*(?:(?:and|but)\s+)?(?:it|this|that|they|which)(?:\s+(?:name|file|folder|directory|path|module|script))?\s+(?:(?:has\s+|had\s+)?never\s+(?:existed|made\s+it|been\s+(?:created|committed|added))|(?:was|were)\s+never\s+(?:created|committed|added|pushed|checked in))\b/,
    "historical",
  ],
  // "Don't deploy X until it is committed": the author knows it is not there yet.
  [
    /^\s*(?:until|unless|before)\s+(?:it|this|they)\s+(?:is|are|has been|have been|gets?)\s+(?:committed|pushed|merged|checked in)\b/,
    "historical",
  ],
  // "… link to `/reference/env-vars/`, which we never migrated": never made.
  [
    /^[^.;]{0,30}?\b(?:which|that)\s+(?:we|i|they|nobody|no one)\s+(?:have\s+|had\s+)?(?:never|not yet|didn't|did not|haven't|have not)\s+(?:migrated|created|written|wrote|committed|added|ported|moved|exported|pushed)\b/,
    "historical",
    ["which", "that"],
  ],
  // "`logo-dark.svg`, is referenced from `astro.config.mjs` (`logo.dark`) and doesn't exist", "the
  // module stages `x.yaml`, but that file does not exist".
  [
    /^(?:(?!\b(?:which|that|who)\b)(?:[^.;`]|`[^`]{0,80}`)){0,100}?\b(?:and|but)\s+(?:(?:that|this|the)\s+(?:file|folder|directory|path|script|module)\s+|it\s+)?(?:does\s*n[o']?t|doesn't|did\s*n[o']?t|didn't)\s+exist\b/,
    "historical",
    ["exist"],
  ],
  // "The summary says Copilot added `x.php`, but it's not in the diff", "Review `x.xml` — oh wait,
  // it's not there either", "I also wrote `x.sql`, but it's still only on my machine". No other
  // name between: "it" is the last one named.
  [
    /^[^.;`]{0,60}?(?:\bbut\b|[—–]|\bwait\b,?)\s+(?:it|this|that|they)(?:(?:(?:\s+(?:is|are)|'s|’s|'re|’re)\s+(?:still\s+)?not|\s+(?:isn't|aren't|isn’t|aren’t)(?:\s+still)?)\s+(?:there|(?:in|on)\s+(?:the\s+)?(?:diff|branch|pr|repo|repository|git|commit|main))|(?:\s+(?:is|are)|'s|’s|'re|’re)\s+(?:still\s+)?only\s+(?:on|in)\s+(?:my|our|his|her|their)\s+(?:machine|laptop|computer|box|working tree))\b/,
    "historical",
    ["but", "—", "–", "wait"],
  ],
  // "Same story for `x.spec.ts`: the plan's table says ✅, the PR has no such file".
  [
    /^[^.;]{0,80}?\b(?:the\s+)?(?:pr|branch|diff|repo|repository|commit|main)\s+has\s+no\s+such\s+(?:file|folder|module|script|spec|test)\b/,
    "historical",
    ["no such"],
  ],
  // "(`SAFTPT1.04_01.xsd`) descarrega-se do Portal das Finanças e não está no repositório": not here.
  [
    /^[^.;]{0,60}?\b(?:não está|nao esta|no está|no esta)\s+(?:no|en el|en)\s+(?:repo|repositório|repositorio|git)\b/,
    "historical",
    ["está", "esta"],
  ],
  // "Schematic is `x.pdf` on the team drive (not in repo)".
  [
    /^[^.;]{0,30}?\b(?:on|in)\s+(?:the\s+|our\s+|a\s+)?(?:team|shared|google|network|company)\s+drive\b/,
    "historical",
    ["drive"],
  ],
  // "`x.yaml` is still blocked on the private app scopes": its work has not landed.
  [/^[`'"*_]*\s+(?:is|are)\s+(?:still\s+)?blocked\s+(?:on|by)\b/, "planned"],
  // "(like `attributes/tomcat.rb` used to)": what it used to do, so it is gone.
  [/^\s*used to\s*[),.;]/, "historical"],
  // "`wp-config.php` and the Kinsta SSH key are not in this repo": a pair said not to be here.
  [
    /^\s+and\s+(?:the\s+|its\s+|our\s+)?[\w -]{1,40}?\s+are\s+(?:still\s+)?not\s+(?:in|on)\s+(?:the\s+|this\s+|our\s+)?(?:repo|repository|git)\b/,
    "historical",
  ],
  // "The HTTP handlers in `x.go` are pre-#212 era": left from before a change.
  [
    /^[\s,]*(?:is|are|was|were)\s+(?:all\s+)?(?:from\s+(?:the\s+)?)?pre-[\w#.-]+\s+(?:era|code|leftovers?)\b/,
    "historical",
    ["pre-"],
  ],
  // "The old `pkg/controllers/` layout from go/v3 is gone": gone, said later in the clause (not
  // "where the token is gone", which says when something happens).
  [
    /^(?:(?!\b(?:where|when|if|once|after|until|unless|because|while)\b)[^.;()`]){0,40}?\b(?:is|are) (?:now |long |all )?gone\b/,
    "removed",
    ["gone"],
  ],
  // "an `application-prod.properties` that Ops keeps in the vault", "(kept in 1Password)": a
  // secret kept in a secret store, never committed.
  [
    /^[\s,(—–-]*(?:(?:that|which)\s+(?:[\w-]+\s+){0,3}(?:keeps?|stores?|holds?|manages?)\s+(?:it\s+)?|(?:is\s+|are\s+)?(?:kept|stored|held|lives?)\s+)(?:only\s+)?in\s+(?:the\s+|a\s+|our\s+|their\s+)?(?:[\w-]+\s+)?(?:vault|password\s+manager|secrets?\s+manager|1password)\b/i,
    "historical",
    ["ault", "assword", "ecret"],
  ],
  // "`orders_2024.parquet` is only on the share", "is also share-only", "is only on the shared
  // drive (not in the repo)", "are on the server only", "lives on the server only": kept
  // elsewhere, never committed.
  [
    /^[^.;]{0,30}?\b(?:(?:is|are|lives?|sits?|stays?)\s+(?:also\s+)?(?:only\s+(?:on|in)\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+)?(?:shared?\s*drive|share|file\s*server|server|nas|network\s+drive|sharepoint|onedrive|google\s+drive|dropbox|[`'"]*\\\\)|(?:on|in)\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+)?(?:shared?\s*drive|share|file\s*server|server|nas|network\s+drive)\s+only)|(?:is|are)\s+(?:also\s+)?share-only)\b/,
    "historical",
    ["only"],
  ],
  // "full console dump in `nav_log.txt` on the field laptop".
  [
    /^[\s,]*(?:(?:is|are)\s+)?(?:still\s+)?(?:only\s+)?on the (?:[\w-]+\s+)?(?:laptop|ssd|desktop|workstation)\b/,
    "historical",
  ],
  // "… says it added `x.sql`, but I can't find it on main": the author looked and it is not there.
  [
    /^[^.;]{0,40}?\b(?:but\s+)?(?:i|we)\s+(?:can't|cannot|can not|couldn't|could not)\s+find\s+(?:it|them)\b/,
    "historical",
    ["find"],
  ],
  // "`x.sql` only exists in session 07's working tree", "only exists on my laptop".
  [
    /^[^.;]{0,20}?\bonly exists? (?:in|on) [\w' ]{0,30}?\b(?:working tree|working copy|machine|laptop|computer|local checkout|branch)\b/,
    "historical",
    ["only exist"],
  ],
  // "`x.ps1` from her handoff: it isn't in the repo either".
  [
    /^[^.;`]{0,60}?[:;,—–-]\s*(?:it|this|that|they)\s+(?:isn't|is not|aren't|are not|wasn't|was not)\s+(?:yet\s+)?(?:in|on)\s+(?:the\s+|this\s+|our\s+)?(?:repo|repository|git|main)\b/,
    "historical",
    ["repo", "git", "main"],
  ],
  // "`dist/` is cached and gitignored", "is generated and not committed".
  [
    /^[\s,]*(?:is|are)\s+(?:[a-z]+\s+(?:and|&)\s+)(?:gitignored|untracked|ignored by git|not committed|never committed)\b/,
    "historical",
  ],
  // "`x.md` from the 1.4.2 release was already consumed by `changeset version`": gone, said after
  // a phrase about the file (not after a noun of its own, "the `api.py` tests were removed", or
  // in a relative clause about something else).
  [
    /^\s*(?:from|at|in|under|on|of|for)\b(?:(?!\b(?:that|which|who|whose|where|because|if|when)\b)(?:[^.;`]|\.(?=\d))){0,40}?\b(?:was|were|has been|have been|got)\s+(?:already\s+|since\s+|later\s+)?(?:deleted|removed|consumed|dropped|purged|retired)\b/,
    "removed",
    ["delet", "remov", "consum", "dropp", "purg", "retir"],
  ],
  // "`1718000000000_squashed/` was squashed and deleted last week": another step, then gone.
  [
    /^[\s:(—–-]*(?:was|were|has been|have been|got)\s+(?:squashed|merged|folded|archived|exported|backed up|copied|moved|renamed)\s+(?:and|then|&)\s+(?:deleted|removed|dropped)\b/,
    "removed",
    ["delet", "remov", "dropp"],
  ],
  // "A `policies/min_instances.rego` check would have caught it": a thing that did not exist then.
  [
    /^[^.;]{0,40}?\bwould have (?:caught|prevented|helped|saved|flagged|stopped|detected|avoided)\b/,
    "planned",
    ["would have"],
  ],
  // "`pillar/secrets/` on the master only (they are not in this repo)".
  [
    /^[^.;]{0,60}?\(\s*(?:it|they|these|those)\s+(?:is|are)\s+not\s+in\s+(?:the|this|our)\s+(?:repo|repository)\s*\)/,
    "historical",
    ["not in"],
  ],
  // "`src/puppeteer/launcher.js` was the entry point (Pre-Playwright era)".
  [/^[^.;]{0,60}?\(\s*pre-[a-z][\w.-]*\s+era\s*\)/, "historical", ["era"]],
  // An option an ADR weighed and turned down: "`connect/debezium-orders.json`. Rejected: …".
  [/^[\s`'"*_)]*[.;:—–-]?\s*rejected\b/, "historical", ["rejected"]],
  // "plan is `x.py`, not started".
  [/^[\s,;(—–-]*(?:not (?:yet )?started|not begun)\b/, "planned"],
  // "X was merged into Y and deleted", "the old X helpers were folded into Y".
  [
    /^\s*(?:[a-z]+\s+){0,2}(?:was|were|has been|have been|got)\s+(?:merged|folded|consolidated|combined|absorbed)\s+into\b/,
    "removed",
  ],
  // "`raw/orders/2025/04/21/orders.parquet` in the datalake bucket": an object in storage.
  [
    /^[\s"'`)]*(?:in|on|from|under)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:bucket|s3|gcs|blob storage|object store|container registry)\b/,
    "example",
  ],
  // "`tern.config.ts` in the current working directory — your project, not this repo", "reads a
  // `.pino-prettyrc` in your current directory". (Not "copy X into your project": X is this
  // repository's file, copied out.)
  [
    /^(?:[^.;]|\.(?=\w)){0,80}?(?:\b(?:in|at)\s+(?:the\s+root\s+of\s+)?|[—–]\s*)(?:your|the user's|the reader's)\s+(?:own\s+)?(?:project|(?:current\s+|working\s+|home\s+)+directory|repo(?:sitory)?|codebase|workspace)\b/,
    "example",
    ["your", "user's", "reader's"],
  ],
  ...CJK_AFTER,
  // A review comment exported from a pull request, on a file as it was: "`a.ts` L41 (outdated)".
  [/^\s*(?:l\d+(?:\s*[-–]\s*l?\d+)?\s*)?\(outdated\)/, "historical"],
  [
    // "; it lives in the Linux tree, not in this repo": where the file is instead, then the remark.
    /^[\s;,]*\b(?:it|which|they)\s+(?:is|are|lives?|sits?|resides?|exists?)\b[^.;]{0,60}?\bnot\s+(?:in|on|part of)\s+(?:the\s+|this\s+|our\s+)?(?:repo|repository|project)\b/,
    "historical",
    ["not"],
  ],
  ...EUROPEAN_AFTER,
  // "… asked to keep `src/sync.rs`; it is gone now": the next clause says it went.
  [
    /^[`'"]*[^.;]{0,40}?;\s*(?:it|this|that|they)\s+(?:is|are|was|were)\s+(?:long\s+|now\s+)?gone\b/,
    "removed",
    ["gone"],
  ],
  // "(`spec.md` lives in the Workspace UI, never exported)": a page of another tool, not a file here.
  [
    /^[`'"]*\s+(?:only\s+)?lives\s+(?:only\s+)?in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:ui|console|dashboard|portal|web app|wiki|drive|notion|confluence|jira|linear)\b/,
    "historical",
    ["lives"],
  ],
  // "`engine.py`; there is no such module, everything lives in `pricing.py`".
  [
    /^[`'"]*[^.;]{0,30}?;\s*(?:but\s+)?there(?:'s| is) no such (?:module|file|folder|directory|script|class|page|doc|document)\b/,
    "historical",
    ["no such"],
  ],
  [
    // "(`assets/spa/`, deleted in October)", "(`audit_log.ex`, removed in #141)": a parenthesis
    // that closes on when or where the file went.
    /^[`'"]*,\s*(?:since\s+|later\s+|then\s+)?(?:deleted|removed|dropped|retired|purged)\b[^()]{0,40}\)/,
    "removed",
  ],
];

/**
 * `all` tries every cue, whatever the text's letters (the gates below only skip cues that cannot
 * match; the test of the gates compares both).
 */
export function afterCue(after: string, all = false): AfterCue | null {
  // "`x.kt` is **not in the repo**": emphasis is not part of the words.
  let a = after.slice(0, 120);
  if (a.includes("**") || a.includes("__")) a = a.replace(/\*\*|__/g, "");
  if (a.includes("git-ignored")) a = a.replace(/git-ignored/g, "gitignored");
  // "(*not written yet*)": emphasis inside the parenthesis is not part of the words either.
  if (a.includes("(*") || a.includes("(_")) a = a.replace(/\(\s*[*_]+/g, "(");
  // Every cue has a lower-case word (Latin or Cyrillic) or a Chinese one; a mention that ends its
  // line or cell has none.
  if (!/[a-zа-яё]/.test(a) && !CJK.test(a) && !MORE_SCRIPTS.test(a)) return null;
  a = plainArabic(a);
  // The nine languages of languages-more.ts: each of their cues holds a letter beyond ASCII or one
  // of their ASCII words, so most mentions skip their long alternations (decided once per mention).
  const beyondAscii = all || /[^\x00-\x7f]/.test(a);
  const more = beyondAscii || MORE_LATIN_WORDS.test(a);
  // Chinese, Japanese and Korean cues each hold a character of those scripts, and the European
  // ones a letter beyond ASCII or one of their words: most mentions skip both.
  const cues =
    beyondAscii && (all || CJK.test(a))
      ? AFTER
      : beyondAscii || EUROPEAN_WORDS.test(a)
        ? AFTER_WITHOUT_CJK
        : AFTER_ENGLISH;
  const cue = firstCue(a, cues, more, all);
  if (cue) return cue;
  // "The old notes (`docs/notes.md`) were deleted": the verb after the parenthesis that holds it.
  const closed = /^[`'"]*\)/.exec(a);
  if (closed) return firstCue(a.slice(closed[0].length), cues, more, all);
  // "`a.html` + `b.js` (the old page) were removed": the verb after the names joined to this one.
  // "`bazel-bin/` or `bazel-out/` (symlinks, not in repo)": the parenthesis after them is about both.
  const names = JOINED_NAMES.exec(a)?.[0].length ?? 0;
  const said = names > 0 ? firstCue(a.slice(names), cues, more, all) : null;
  if (said) return said;
  const joined = COORDINATED.exec(a);
  return joined && joined[0].length > names ? firstCue(a.slice(joined[0].length), cues, more, all) : null;
}

const CJK_CUES = new Set(CJK_AFTER.map(([re]) => re));
const EUROPEAN_CUES = new Set(EUROPEAN_AFTER.map(([re]) => re));
const AFTER_WITHOUT_CJK = AFTER.filter(([re]) => !CJK_CUES.has(re));
const AFTER_ENGLISH = AFTER_WITHOUT_CJK.filter(([re]) => !EUROPEAN_CUES.has(re));

/** Whether `text` holds one of `words` (a loop, not `some`: this runs for every cue of every mention). */
function holdsAny(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i]!)) return true;
  return false;
}

function firstCue(a: string, cues: readonly Cue[], more: boolean, all: boolean): AfterCue | null {
  for (const [re, intent, gate] of cues) {
    if (gate !== undefined && !all && !holdsAny(a, gate)) continue;
    const m = re.exec(a);
    if (m) return { intent, phrase: m[0].replace(/^[\s:(—–-]+/, "").trim() };
  }
  if (!more) return null;
  for (const [re, intent, gate] of MORE_AFTER) {
    if (gate !== undefined && !all && !holdsAny(a, gate)) continue;
    const m = re.exec(a);
    if (m) return { intent, phrase: m[0].replace(/^[\s:(—–-]+/, "").trim() };
  }
  return null;
}

/**
 * Names joined to a mention ("+ `b.js`", "and `c.py`", a range "… `run_07.mat`", "through
 * `d.sql`") and a parenthesis about them.
 */
const COORDINATED =
  /^(?:\s*(?:\+|&|,|and|or|…|\.\.\.|–|through|thru)\s*`[^`\n]{1,120}`)*\s*(?:\([^()\n]{0,60}\))?/;
const JOINED_NAMES = /^(?:\s*(?:\+|&|,|and|or|…|\.\.\.|–|through|thru)\s*`[^`\n]{1,120}`)+/;
