// What a mention means: relied on (exists), planned, claimed created, removed, historical, or an
// example. Precision first: any credible sign that the author knows the file is not there wins
// over the default `exists`, because a false phantom costs more than a missed one.

import type { Intent, Reference, ReferenceKind } from "../types.js";
import { afterCue } from "./after-cues.js";
import {
  absenceBefore,
  arrowMove,
  foldedAway,
  historicalBefore,
  isChangeCheck,
  isConditional,
  MODIFY_WORD,
  notThisFile,
  onAHost,
  otherRepository,
  quotedSpeech,
  reliedAfter,
  runOutput,
  runtimeOutput,
  type SectionCue,
  sectionCue,
  statusCellIntent,
  verbCue,
  writtenOrAttached,
} from "./cues.js";
import { isGenericName } from "./placeholder.js";

/**
 * The reason given to a file someone else is to make ("wait for Gemini to create X"): planned, but
 * not a deliverable of the handoff that says so (HG103 leaves it out).
 */
/** An after-cue phrase that says the work on the file is unfinished, not that the file is to come. */
const UNFINISHED =
  /\b(?:being\s|drafting|in draft|in progress|wip|work in progress|under construction|unfinished|half[- ]written)/;
export const ANOTHERS_WORK = "someone else's work to come";
/** How a reason begins when the document says the file is not there ("does NOT exist yet", "not in the repo"). */
export const NEGATED = "negated";

/**
 * The document says, at this mention, that the file is not there ("does NOT exist yet"). A note
 * that it is untracked says where it is, not that it was never made.
 */
export function saysNotThere(ref: Reference): boolean {
  return (
    ref.intent === "historical" &&
    ref.intentReason.startsWith(NEGATED) &&
    !/\b(?:untracked|uncommitted|not (?:yet )?(?:committed|tracked))\b/.test(ref.intentReason)
  );
}
/** "wait for gemini to create", "until @ines adds": another's hand, not the author's (lower-cased). */
const ANOTHERS_TO_MAKE =
  /\b(?:wait(?:ing)?\s+(?:for|until|on)|until)\s+(?!(?:me|us|you|i|we|it|them|the|a|an|ci|tests?|build)\b)@?[\w.-]+(?:\s+\([^()\n]{1,30}\))?\s+(?:to\s+)?(?:[\w-]+\s+){0,6}?(?:and\s+)?(?:create|creates|re-?create|re-?creates|write|writes|rewrite|rewrites|redo|redoes|add|adds|build|builds|generate|generates|scaffold|scaffolds|export|exports|push|pushes|commit|commits|upload|uploads|record|records)\s+(?:the\s+|a\s+)?(?:`[^`\n]{1,120}`\s*(?:,|and|&)\s*){0,6}[`'"*_(]*$/;

/** "Once she pushes X", "once @dario commits X": another's hand, and the author waits for it. */
const ANOTHERS_ONCE =
  /\bonce\s+(?!(?:i|we|you|it|this|that|ci|the)\b)@?[\w.-]+\s+(?:pushes|commits|exports|uploads|sends|adds|creates|writes|finishes|delivers|lands|merges|records)\s+(?:the\s+|a\s+)?(?:`[^`\n]{1,120}`\s*(?:,|and|&)\s*)?[`'"*_(]*$/;

/** The same in Tagalog: "Hinihintay pa natin gawin ni Gemini yung X" (we are still waiting for Gemini to make X). */
const ANOTHERS_TO_MAKE_TL =
  /\bhinihintay (?:pa )?(?:natin |namin |ko )?(?:na )?(?:gawin|i-?create|isulat|idagdag) ni @?[\w.-]+(?:\s+(?:yung|ung|ang|'yung))?\s*[`'"*_(]*$/;

/**
 * "Marko is writing X", "the data team is still building X": someone else's work in progress, not
 * this document's deliverable. Not "I am …", nor a program or a job writing its output ("the
 * exporter is writing X": a thing with an article before it).
 */
const ANOTHERS_AT_WORK =
  /(?:^|[^\w'’])(?<!\b(?:the|a|an|this|that|our|your|its|their|my)\s+)(?!(?:i|we|it|this|that|which|what|script|job|code|tool|program|process|function|test|command|pipeline|service|build|ci)\s)[a-z][\w.-]*\s+(?:is|are)\s+(?:still\s+|currently\s+)?(?:writing|creating|building|adding|drafting|working on)\s+(?:the\s+|a\s+|an\s+)?[`'"*_(]*$/;

/** "Maria will send `data/pilot/cohort.csv`": someone else is to provide it. */
const ANOTHERS_TO_SEND =
  /(?:^|[^\w'’])(?<!\b(?:the|a|an|this|that|our|your|its|their|my)\s+)(?!(?:i|we|you|it|this|that|which|what|script|job|code|tool|ci|pipeline|build|test|command)\s)[a-z][\w.-]*\s+will\s+(?:send|provide|share|upload|deliver|hand over)\s+(?:us\s+|you\s+|over\s+)?(?:the\s+|a\s+|an\s+)?[`'"*_(]*$/;
/** Portuguese "espera que ela crie X" (wait for her to create X). */
const ANOTHERS_TO_MAKE_PT =
  /\bespera(?:r)?\s+que\s+(?:ela|ele|eles|elas|o\s+\p{L}+|a\s+\p{L}+|\p{L}+)\s+(?:crie|criem|escreva|adicione|faça)\s*[`'"*_(]*$/u;

/** Bulgarian "Мария прави X в нейния PR" (Maria is making X in her PR): a name, then the verb. */
const ANOTHERS_AT_WORK_BG =
  /(?:^|[-*]\s+|[,;]\s+)(?!(?:аз|ние|тук|сега|после)\s)[\p{L}]{3,}\s+(?:прави|пише|добавя|подготвя|довършва)\s*[`'"*_(„«]*$/u;

/** Georgian "ველოდებით, სანამ ლევანი შექმნის X" (we wait until Levani creates X): a name, then the verb. */
const ANOTHERS_TO_MAKE_KA =
  /სანამ\s+(?!მე\s|ჩვენ\s)[\p{L}]{2,}\s+(?:არ\s+)?(?:შექმნის|დაწერს|დაამატებს|ატვირთავს|დააკომიტებს)\s*[`'"*_(„«]*$/u;

/** A label naming another repository: "**platform-k8s** repo", "in the orders-api repository". */
const OTHER_REPO_LABEL =
  /(?:^|\s)(?!(?:the|this|that|our|your|my|a|an|same|main|whole)\s)[\w.*@/-]+?\*{0,2}\s+(?:repo|repository)\s*$/i;
/** "- **platform-k8s** repo: `x.yaml`": a list item that opens with another repository's name. */
const OTHER_REPO_LINE =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?!(?:the|this|that|our|your|my|a|an|same|main|whole)\s)[\w.@/-]+(?:\*\*|__)?\s+(?:repo|repository)\s*:\s*[`'"*_(]*$/i;
const OTHER_REPO_AFTER =
  /^[`'"*_]*\s*\(\s*(?:in\s+(?:the\s+)?)?(?!(?:the|this|that|our|your|my|a|an|same|main|whole)\s)[\w.@/-]+\s+(?:repo|repository)\b/;
const REPO_WORD = /repo/i;
/** "suggested a docs deploy workflow at X", "It proposed X": what someone suggested. */
const SUGGESTED_BEFORE =
  /\b(?:suggested|proposed|recommended)\s+(?:(?:a|an|the|adding|creating)\s+)?(?:[\w-]+\s+){0,4}?(?:at|in|as|called|named)?\s*[`'"*_(]*$/;

/** French "une fois X créé": before and after the name. */
const ONCE_MADE_BEFORE = /\bune fois\s+(?:le\s+|la\s+|les\s+|l['’])?(?:fichier\s+)?[`'"*_(]*$/;
const ONCE_MADE_AFTER =
  /^[`'"*_)]*\s*(?:créée?s?|écrite?s?|ajoutée?s?|en place|mergée?s?|commitée?s?)(?![\p{L}])/u;

/** Verbs of a step the reader takes with a file that is there. */
const READER_STEP = /^(?:run|read|see|open|use|check|follow|execute|source|invoke)$/;

/** The reason given to a mention in a ticked checklist item with no other signal. */
export const CHECKED_TASK = "checked task item";

export interface MentionContext {
  kind: ReferenceKind;
  path: string;
  /** Clause text before and after the mention, lower-cased. */
  before: string;
  after: string;
  /** The whole sentence, lower-cased (for "e.g." and "for example"). */
  sentence: string;
  /** Short label before a colon on the same line ("Files created: a.py"). */
  inlineLabel: string | null;
  /** Checkbox of the list item the mention is in (null: not a task item). */
  checked: boolean | null;
  /** Texts of enclosing list items, innermost first (excluding the mention's own line). */
  parentItems: string[];
  /** Lead-in label of the list, fence or table. */
  label: string | null;
  /** Section headings, innermost first (the document title excluded). */
  sections: string[];
  /** Table: header of the mention's column and the row's status cell. */
  column: string | null;
  statusCell: string | null;
  quote: boolean;
  strike: boolean;
  /** ✅ (done) or ❌ (cross) on the line before the mention or right after it. */
  mark: "done" | "cross" | null;
  fenceStatus?: "created" | "removed";
  /** Where `fenceStatus` comes from ("status prefix" when unset). */
  fenceStatusFrom?: string;
  /** Set when the candidate itself is an example (placeholder, env value). */
  example?: string;
  local?: string;
  /** The line's text before the mention (not lower-cased), where a move word may sit before a colon. */
  lineBefore?: string;
  /** A table row that maps this path to a later one (`old` | `new` | status). */
  mapsTo?: boolean;
  /** A table row with another path in a later cell (`old` | `new`), whatever its status. */
  rowMapsTo?: boolean;
  /** The mention is in a list item (checked or not). */
  item?: boolean;
  /** The mention's sentence is an open question ("Should X become part of …?"). */
  question?: boolean;
}

export interface IntentResult {
  intent: Intent;
  reason: string;
  /**
   * The intent rests on a weak signal (an unchecked item with no verb, the mood of a section):
   * document-level awareness does not spread it to other mentions of the path.
   */
  tentative?: boolean;
}

/** "e.g." and friends; the mention is their example when no verb stands between them. */
const EXAMPLE_LEAD =
  /\b(?:e\.g\.|eg\.|e\.g,|for example|for instance|as an example|example:|examples:|z\. ?b\.|zum beispiel|p\. ?ex\.|par exemple|por ejemplo|por exemplo|ad esempio|per esempio|bijv\.|bijvoorbeeld|pl\.|cth\.|contohnya|ex\.|t\. ?ex\.|till exempel|f\. ?eks\.|for eksempel|esim\.|esimerkiksi|np\.|npr\.|napr\.|piem\.|na przykład|např\.|například|örn\.|örneğin|de exemplu|məsələn|p\.sh\.|për shembull|byvoorbeeld|bv\.|in (?:the|this|that) (?:(?:above|previous|preceding|following|next|last|first) example\b|example (?:above|below)\b|example\s*[,:]))|(?:^|\s)(?:مثلاً|مثال کے طور پر|உதாரணமாக|எ\.கா\.)/g;
const SOFT_EXAMPLE_LEAD = /\b(?:such as|like)\b/;
/**
 * "The file name ends with `-timing.json`", "prefixed with `ci/`": a piece of a name, not a file.
 * Only right before the mention ("start with `README.md`" is an instruction, so not those).
 */
const NAME_PART_LEAD =
  /\b(?:ends? (?:with|in)|ending (?:with|in)|suffixed (?:with|by)|prefixed (?:with|by)|with the (?:suffix|prefix|extension))[\s:"'`(]*$/;

/**
 * A name something might have, not one it has: "it might be named `x.js`", "could be called",
 * "something like `x.py`", "along the lines of". Right before the mention.
 */
const HYPOTHETICAL_NAME =
  /\b(?:(?:might|could|would|may)\s+(?:also\s+)?be\s+(?:named|called)|(?:something|anything|a name)\s+like|(?:a|an|any|some)\s+(?:note|file|page|doc|document|script|folder|directory|path|entry|post)\s+like|(?:notes|files|pages|docs|documents|scripts|folders|directories|paths|entries|posts)\s+like|along the lines of)[\s:"'`]*$/;
/** A scenario the reader is asked to imagine: "Say you have `a.yml`", "Suppose we add `b.py`". */
const SUPPOSE =
  /(?:^|[.;:!?(]\s*)(?:let'?s say|let us say|say|suppose|assume|imagine)(?: that)? (?:you|we|someone|a user) (?:have|has|had|add|create|write|get|name|call)\b/;
/** A name something is to be given: "the module should be named `x.py`". */
const NAME_TO_GIVE = /\b(?:should|must|will|shall)\s+be\s+(?:named|called)[\s:"'`]*$/;
/** "Export (planned for 0.10) will be `export.rs`": the file a feature is to become. */
const WILL_BE = /\bwill\s+(?:be\s+(?:in\s+)?|go\s+(?:in|into|under)\s+|live\s+(?:in|under)\s+)[`'"*_]*$/;
/** A heading over files that moved: "What moved where", "Renamed files", "Migration map". */
const MOVED_HEADING = /\b(?:moved|renamed|migrated|migration map|what went where|old (?:→|->) new|mapping)\b/;
/** "until `X` is created", "until X lands": the file is not there before then. */
const UNTIL_BEFORE = /\buntil\s+[`'"*_(]*$/;
const UNTIL_MADE_AFTER =
  /^[\s`'"*_)]*(?:is|are|has been|gets|get)\s+(?:created|written|added|committed|pushed|merged|generated|exported)\b|^[\s`'"*_)]*(?:lands|exists)\b/;
/** A status mark after a quoted mention: "> `x.php` ✅ Implemented". */
const QUOTED_CLAIM_AFTER = /^[^.;]{0,40}?(?:✅|✔|☑)/u;
/** "Pre-`x`", "post-`x`", Latvian "Pirms-`x`" and "Pēc-`x`": an era word glued to the mention. */
/** An era's name as a line's label: "Pre-Snowflake era", "Pre-Daraja-2.0" (not a step: "Pre-deploy"). */
const PRE_ERA_LABEL =
  /^\W*(?:[Ee]ra\s+)?(?:[Pp]r[eaé]-(?:[\p{Lu}\d][\p{L}\d.-]*(?:\s+(?:era|days|times|setup|stack|layout|εποχή|εποχη))?|[\p{L}\d.-]+\s+era))(?:\s*\((?:[Pp]re|[Pp]ra)-[^()]{1,30}\))?\s*$/u;
/** A step before another, named like an era: "Pre-Deploy", "Pre-merge checks", "Pre-flight". */
const PRE_STEP =
  /^\W*pre-(?:deploy|launch|merge|commit|push|release|flight|build|install|check|review|submit|run|prod|production|condition|requisite|process|upgrade|test|start|setup)/i;
const ERA_GLUED = /(?:^|[^\p{L}])(?:pre|post|pirms|pēc)-`?$/iu;
/** "Money helpers lived in three places: `a`, `b` and `c`": where things were. */
const LIVED_BEFORE =
  /\b(?:lived|used to live|were kept|was kept)\s+(?:in|under|at)\s+(?:[^.;:`]{0,30}:\s*)?(?:`[^`\n]{1,120}`\s*(?:,|and|&)\s*){0,6}[`'"*_]*$/;
/** "compiled to X", "bundles into X", "emitted to X": a build's output. */
const COMPILED_TO_BEFORE =
  /\b(?:compiled|compiles|transpiled|transpiles|bundled|bundles|minified|minifies|emitted|emits)\s+(?:in)?to\s+[`'"*_(]*$/;
/** Nothing but names before the mention: "`a`, `b` and ". */
const LIST_ONLY = /^\s*(?:`[^`\n]{1,120}`\s*(?:,|and|&)\s*){0,6}[`'"*_]*$/;
/** "Docusaurus had `versioned_docs/`", "the old layout had `lib/`": what a setup had. */
const HAD_BEFORE = /\b(?:had|used to have|previously had)\s+(?:a\s+|an\s+|the\s+|its\s+)?[`'"]*$/;
/**
 * "in your `Daily/` folder", "edit your `eslint.config` file", "add it to their `package.json`": the
 * reader's own. (A sentence that opens with "Your `x`" says something about it; other cues read it.)
 */
const YOURS_BEFORE = /\w[\s*_]+(?:your|their)[*_]?\s+[`'"*_]*$/;
/** "Zephyr's own X": a named project's own file (not "the app's own", "our own"). */
const ANOTHERS_OWN =
  /(?:^|[^\w'’-])(?<!\b(?:the|our|this|that|your|its|their|my|each|every|a|an)\s+)[a-z][\w.-]*['’]s own\s+[`'"*_]*$/;
/** "blocks with their own X", "packages each have their own X": one such file per thing. */
const THEIR_OWN =
  /\b(?:with|has|have|having|get|gets|need|needs|keep|keeps|ship|ships)\s+(?:all\s+|each\s+)?their own\s+[`'"*_]*$/;
/** "`./etc/npmrc` (relative to the global prefix)": a path from another folder than this repository's. */
const RELATIVE_ELSEWHERE =
  /^[`'"*_]*\s*[(,]?\s*relative to (?!this\b|(?:the |our )?(?:repo\b|repository|project|root\b|top|current|working))(?:the |your |its |a |an )?[a-z]/;
const YOURS_AFTER =
  /^[^.;]{0,30}?\b(?:in|inside|of)\s+[*_]?(?:your|their|the user's|a user's|the reader's)[*_]?\s+(?:own\s+)?(?:vault|project|repo|repository|workspace|home folder|home directory|machine)\b/;
const COMPUTED_BY_CODE =
  /`[^`]+`\s+(?:builds|computes|constructs|returns|produces|generates|looks (?:for|up)|resolves to|expects)\s+[`'"]*$/;
const IN_STORAGE_BEFORE =
  /\b(?:in|on|to|from)\s+(?:the\s+|our\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:bucket|s3|gcs|blob storage|object store|object storage)\s*[:—–-]?\s*(?:`[^`]{1,200}`\s*(?:,|and|&)\s*){0,3}[`'"]*$/;
const KEY_PREFIX_AFTER = /^[\s`'"]*(?:key\s+)?prefix\b/;
/** A column of settings, options or keys: its dotted names are settings (`mdTableTools.trace`), not files. */
const SETTING_COLUMN =
  /^\s*(?:settings?|options?|keys?|config(?:uration)? (?:keys?|options?|settings?)|propert(?:y|ies)|flags?|parameters?|params?|fields?|variables?|env(?:ironment)? var(?:iable)?s?|name)\s*$/i;
/** "see X", "read X": the cell sends the reader to the file. */
const SEE_BEFORE = /(?:^|[\s(])(?:see|read|check|open|cf\.)\s+(?:the\s+)?[`'"*_]*$/i;
/** A clause, then an opening parenthesis right before the mention. */
const CITED = /[\p{L}\p{N}]\s+\(\s*$/u;
/** A table column of examples ("Example", "e.g.", "Sample value"). */
const EXAMPLE_COLUMN =
  /^\s*(?:examples?|e\.g\.?|samples?|(?:example|sample) (?:values?|usage|paths?|files?|names?))\s*$/i;

/**
 * An open item's words before a place: nothing but the work it adds ("burst-case tests in",
 * "golden fixtures under", "API docs in"), so no verb says the file is already there.
 */
const NEW_WORK_IN =
  /^\s*(?:[\w-]+\s+){0,3}?(?:tests?|specs?|test cases|cases|docs|types|fixtures|benchmarks|examples|stories|migrations?|handlers?|endpoints?|helpers?)\s+(?:in|into|under)\s+(?:the\s+|a\s+|an\s+)?$/;

/** "… `k8s/jaeger/` manifests were deleted": the plural noun is what the folder held. */
const FOLDER_CONTENTS_GONE = /^[`'"*_]*\s+[a-z]+s\s+(?:were|have been|got)\s+(?:deleted|removed|dropped)\b/;

/** "Don't open X", "never edit X", "Don't add X until we decide": a step the reader must not take. */
const DONT_STEP_BEFORE =
  /\b(?:don't|don’t|do not|never)\s+(?:open|use|edit|run|deploy|touch|read|copy|trust|follow|look at|look for|add|create|write|recreate|re-create|restore)\s+(?:the\s+)?[`'"*_(]*$/;
/** "generated by X", "written by X": X made the file. */
const MADE_BY_BEFORE = /\b(?:generated|created|written|produced|built|rendered|exported)\s+by\s+[`'"*_(]*$/;

/** A cue that is only a preposition of place ("in", "under the"). */
const LOCATIVE_ONLY = /^(?:in|at|under|inside|within)(?: the| a| an)?$/;

/** A table column of old names in a rename or move table ("Old path | New path"). */
const OLD_COLUMN = /^\s*(?:(?:old|previous|former|original|earlier)\b[\w\s().,/-]{0,40}|before)$/i;

/** Sections of work further out: a backlog, a later phase, a roadmap. */
const FAR_PLAN =
  /\b(?:backlog|phase \d+|roadmap|future|later|not started|ideas|someday|icebox|graduation criteria)\b/i;
const CLAIMED_COLUMN = /\b(?:said|claimed|stated|reported|wrong|incorrect|assumed|believed)\b/i;
const NEVER_COMMIT_JOINED =
  /\b(?:never|don['’]t|do not|must not|should not|shouldn['’]t)\s+commit\s+`[^`\n]{1,120}`\s*(?:,|or|and|nor)\s*[`'"*_]*$/;
/** The reason given to "your `.eslintrc`": awareness spreads it to the document's other mentions. */
export const READERS_OWN = "a path of the reader's own vault or project";
const SERVED_AS = /\bserved\s+(?:as|at)\s*$/;
const AFTER_ROUTES_FILE =
  /(?:^|[/`\s])(?:urls\.py|routes\.rb|web\.php|api\.php|routes?\.(?:[jt]sx?|go|ex|exs))`\s*\(\s*`?$/;
const CONFIG_MAP_KEYS = /\b(?:configmap|secret)s?\b[^.;]{0,60}\bkeys?\b(?:[^.;]|\.(?=\w)){0,80}$/;
const FROM_BEFORE = /\(\s*(?:moved\s+|copied\s+|ported\s+|migrated\s+)?from\s*$/;
/**
 * "run `x.sh` after a connector change; that script was never committed": a later clause of the
 * sentence, with no other file named before it, says the file never was.
 */
const NEVER_LATER =
  /^[^`;.]*;\s*(?:it|this|that|they)(?:\s+(?:name|file|folder|directory|path|module|script))?\s+(?:(?:has\s+|had\s+)?never\s+(?:existed|been\s+(?:created|committed|added))|(?:was|were)\s+never\s+(?:created|committed|added|pushed|checked in)|(?:was|were)\s+(?:folded|merged)\s+into)\b/i;
/** "in a `testdata/` folder", "an `.env.example` file": an indefinite article before a bare name. */
const A_KIND_BEFORE = /\b(?:a|an|each|every|any)\s+$/;
/** Names every package or folder of a kind has: `__init__.py`, `index.ts`, `mod.rs`, `.gitkeep`. */
const CONVENTIONAL_FILE =
  /^(?:__init__\.py|__main__\.py|conftest\.py|index\.[cm]?[jt]sx?|mod\.rs|lib\.rs|package\.json|Cargo\.toml|go\.mod|\.gitkeep|\.keep)$/;
/** A verb that makes the file: "add an `__init__.py`" plans one. */
const MADE_BEFORE_A =
  /\b(?:add|adds|added|adding|create|creates|created|creating|write|wrote|commit|committed|generate|generated|touch|touched)\s+(?:a|an)\s+$/;
const FILE_AFTER = /^\s*file\b/;
/** "If there is a `server.js` file in the root of your package": a file that may or may not be there. */
const IF_THERE_IS = /\bif\s+(?:there\s+is|there's|you\s+have)\s+(?:a|an)\s+$/;
const A_FILE_NAMED = /\b(?:a|an|any)\s+file\s+(?:named|called)\s+$/;
/** Words that make "a `.nvmrc` file" one to make or one said to be here. */
const MADE_OR_HERE =
  /\b(?:add|adds|added|adding|create|creates|created|creating|write|writes|wrote|written|commit|commits|committed|generate|generated|introduce|introduced|ship|shipped|need|needs|needed|require|requires|required|missing|(?<!\bif\s)there\s+is|(?<!\bif\s)there's|we\s+have|has)\b/;
const KIND_AFTER = /^\s*(?:folder|directory|dir|subfolder|subdirectory)\b/;
/** "each module … an", "mỗi module nên có một", "cada paquete tiene un": a quantifier, then an article. */
const EACH_HAS_A =
  /(?:^|[^\p{L}])(?:each|every|mỗi|cada|chaque|jede[rsmn]?|ogni|elke|iedere?|setiap|каждый|каждая|кожен|кожна)(?![\p{L}])[^.;]{0,60}?(?:^|[^\p{L}])(?:a|an|một|un|une|uno|una|ein|eine|einen|een|sebuah)\s+[`'"]*$|(?:^|\s)ہر\s[^.;۔]{0,60}?\s(?:کی|کا|کے)\s+اپن[یاے]\s+[`'"]*$|(?:^|\s)igas?\s[^.;]{0,60}?\soma\s+[`'"]*$/iu;
const DECIDE_BEFORE =
  /\bdecide(?:s|d)?\s+(?:on|between|whether|if|(?:on\s+)?the\s+(?:shape|layout|structure|design|format|name|naming|location|home)\s+(?:of|for))\b[^.;]*$/;
const NEW_THING_BEFORE =
  /(?:^|[-*:]\s*|\ba\s+)new\s+(?:module|file|script|class|component|helper|test|spec|folder|directory|package|service|page|doc|document|workflow|migration|config)s?\s*[:,]?\s*$/;

/** "Run the tests once `tests/test_x.py` exists": the file is still to come. */
const ONCE_BEFORE =
  /(?:(?:^|[^\p{L}])(?:等到?|待)\s*|(?:^|[^\p{L}])(?:אחרי|לאחר|ברגע|כ)\s*ש[-־]?\s*|(?:^|[^\p{L}])(?:μ[οό]λις|[οό]ταν|αφ[οό]του|αφ[οό]υ)\s+(?:(?:το|τα|ο|η)\s+)?|\b(?:once|when|after|as soon as)\s+(?:the\s+)?|(?:^|[^\p{L}])(?:depois que|quando|assim que|une fois(?: que)?|dès que|quand|sobald|wenn|nachdem|cuando|una vez que|en cuanto|appena|quando|zodra|als)\s+(?:o\s+|a\s+|le\s+|la\s+|el\s+|der\s+|die\s+|das\s+|il\s+|de\s+|het\s+)?)$/u;
const ONCE_AFTER =
  /^[\s)]*(?:exists|is (?:there|written|created|added|in place|merged|committed|pushed|available)|lands|has been (?:written|created|added|merged|committed)|for (?:criad[oa]|commitad[oa]|escrit[oa])|existir|sera (?:créée?|écrite?|poussée?)|existera|est (?:créée?|là)|erstellt (?:ist|wurde)|existiert|vorhanden ist|exista|se cree|esté cread[oa]|sar[àa] (?:creat[oa]|pronto)|esiste|er is|bestaat|ייכתב|ייווצר|יתווסף|יהיה קיים|יעלה לריפו|γραφτε[ιί]|δημιουργηθε[ιί]|υπ[αά]ρξει|προστεθε[ιί]|ανε[βί]ει)(?![\p{L}])|^[\s)]*(?:提交|创建|合并|推送)(?:之后|以后|后)/u;

/** A verb in the third person ("writes", "adds", "pushes"), not an imperative or an infinitive. */
const NARRATED = /^[a-z]+[^s]s$/;
/**
 * A section or column that tells events that happened: a postmortem's or an assessment's record.
 * Not a bare "Timeline" heading, which is as often a schedule ("Feb 21 (Tomorrow): deploy X").
 */
const TIMELINE_SECTION = /\b(?:chronology|sequence of events|event log|what happened)\b/i;
const EVENT_COLUMN = /^\s*(?:events?|what happened|happened)\s*$/i;

function inTimeline(ctx: MentionContext): boolean {
  if (ctx.column !== null && EVENT_COLUMN.test(ctx.column)) return true;
  return ctx.sections.some((s) => TIMELINE_SECTION.test(s));
}

/** A sentence about a site's addresses: a rooted path in it without an extension is a URL path. */
const URL_TALK = /\b(?:urls?|routes?|permalinks?|slugs?|redirects?|endpoints?)\b/;

/** A table column of HTTP routes: `/api/v1/appointments/` there is a URL path, not a folder. */
const ROUTE_COLUMN =
  /^\s*(?:routes?|endpoints?|url|urls|url paths?|api paths?|http paths?|路径|路由|接口|パス|ルート|エンドポイント|경로|엔드포인트|ruta|rota|chemin|pfad)\s*$/i;

/** An HTTP method right before a root-relative path: "GET `/api/v1/appointments/`" (lower-cased). */
const METHOD_BEFORE = /\b(?:get|post|put|patch|delete)\s*$/;

const RECORD_WORD = /^(?:record|film|capture|shoot)$/;
const RECORDING = /\.(?:png|jpe?g|gif|webp|mp4|webm|mov|mkv|wav|mp3|m4a|ogg|cast)$/i;

/** A root-relative path under `/api/` with a version segment: `/api/v1/...`, a route by convention. */
const VERSIONED_API = /^\/(?:api|wp-json|rest|services)\/(?:[\w-]+\/)*v\d+(?:\.\d+)?(?:\/|$)/;

/** Is the mention introduced as an example? Strong leads always; "such as"/"like" for generic names. */
/** "比如 `x.html` 这种命名", "例えば `x`", "예를 들어 `x`": an example in Chinese, Japanese or Korean. */
const CJK_EXAMPLE = /(?:比如|例如|譬如|例えば|たとえば|예를 들어|예:)\s*[`'"「]*$/;

function exampleLead(before: string, path: string): string | null {
  if (CJK_EXAMPLE.test(before)) return "an example ('比如', '例えば', '예를 들어')";
  if (before.includes("ed") || before.includes("like") || before.includes("lines")) {
    const named = HYPOTHETICAL_NAME.exec(before);
    if (named) return `a name it might have ('${named[0].trim()}'), not a file`;
  }
  if (before.includes("s") || before.includes("m")) {
    const scenario = SUPPOSE.exec(before);
    if (scenario) return `a scenario to imagine ('${scenario[0].replace(/^[.;:!?(]\s*/, "")}')`;
  }
  // (Every lead holds an "e" or an "x" but "np.", "npr.", "bijv.", "pl.", "cth.", "örn.", "məsələn",
  // "p.sh." and "bv.".)
  if (
    before.includes("e") ||
    before.includes("x") ||
    before.includes("np") ||
    before.includes("bijv") ||
    before.includes("pl.") ||
    before.includes("cth") ||
    before.includes("örn") ||
    before.includes("məs") ||
    before.includes("p.sh") ||
    before.includes("bv.")
  ) {
    EXAMPLE_LEAD.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = EXAMPLE_LEAD.exec(before); m !== null; m = EXAMPLE_LEAD.exec(before)) last = m;
    if (last && verbCue(before.slice(last.index + last[0].length)) === null)
      return `given as an example ('${last[0]}')`;
  }
  if (SOFT_EXAMPLE_LEAD.test(before) && isGenericName(path)) return "generic name given as an example";
  if (before.includes("ix") || before.includes("end") || before.includes("extension")) {
    const part = NAME_PART_LEAD.exec(before);
    if (part) return `a part of a name ('${part[0].trim()}'), not a file`;
  }
  return null;
}

/** "the `Response.json` property", "`config.load()` method": a member of some code, not a file. */
const BOOLEAN_AFTER =
  /^[`'"]*(?:\s+(?:is|are|was|were|defaults\s+to)\s+(?:set\s+to\s+|now\s+)?|\s*[!=]==?\s*)(?:true|false)\b/;
const PIPE_STATUS_AFTER = /^[`'"*_]*\s*\|\s*([^|\n]{1,40})/;
const MEMBER_AFTER =
  /^(?:\(\))?[\s`'"]+(?:property|properties|method|methods|attribute|getter|setter|accessor)\b/;

/**
 * The sentence, then the innermost heading, label, parent item, status cell and the line before
 * the mention ("note this file was moved: `a` → `b`"): where a move word may be.
 */
function moveContext(ctx: MentionContext): string {
  const more = [
    ctx.sections[0],
    ctx.inlineLabel,
    ctx.label,
    ctx.parentItems[0],
    ctx.statusCell,
    ctx.lineBefore,
  ].filter(Boolean);
  return more.length === 0 ? ctx.sentence : `${ctx.sentence} | ${more.join(" | ").toLowerCase()}`;
}

/** An instruction to commit a made file: "commit the generated X", "then push the new X". */
const TO_COMMIT_MADE =
  /(?:^\s*(?:[-*+]\s+|\d+[.)]\s+)?|,\s+)(?:then\s+|also\s+|now\s+|please\s+|and\s+)?(?:commit|push|check in|stage)\s+(?:the|these|those)\s+(?:newly\s+)?(?:generated|regenerated|created|new|resulting)\s+[`'"*_]*$/;

/** "We added a new helper:", "I shipped the editor module:" (not "added a section to the guide:"). */
const MADE_THEN_NAMED =
  /(?:^|[^\w-])(added|created|wrote|shipped|built|implemented|introduced)\s+(?:a|an|the|one)\s+(?:(?!(?:to|into|in|for|from|on|of|with)\s)[\w-]+\s+){0,3}[\w-]+:\s*[`'"*_]*$/i;

/** An after-cue that puts the mention after someone's step: "once we add …", "when someone creates …". */
const AFTER_ANOTHER_STEP = /\b(?:once|when|after) (?:someone|somebody|anyone|we|you|the team) /;

export function classifyIntent(ctx: MentionContext): IntentResult {
  if (ctx.example) return { intent: "example", reason: ctx.example };
  // "… moves to the webhook ([0004](0004-validating-webhook.md))": a link cited in parentheses
  // after the clause is a source the reader follows; the clause's verb is about something else.
  if (ctx.kind === "link" && CITED.test(ctx.before) && /^[\s)]*(?:[.,;:]|$)/.test(ctx.after))
    return { intent: "exists", reason: "a link cited in parentheses" };
  if (MEMBER_AFTER.test(ctx.after))
    return { intent: "example", reason: "a property or method of code, not a file" };
  // "unless `options.dot` is true": a setting holding a value; no file is true or false.
  if (BOOLEAN_AFTER.test(ctx.after))
    return { intent: "example", reason: "a setting with a value ('is true'), not a file" };
  // A link is followed by whoever reads the page: a generated report it points to must be there.
  if (ctx.local && !isLink(ctx.kind)) return { intent: "example", reason: ctx.local };
  // "- **platform-k8s** repo: `clusters/prod/sgp.yaml`", "`public/assetlinks.json` (fooddash-web
  // repo, …)": a path in another repository, named with it.
  // (Tried only where their words are: this runs for every mention whose intent is read.)
  if (
    !isLink(ctx.kind) &&
    (ctx.after.includes("repo") || REPO_WORD.test(ctx.lineBefore ?? ctx.before)) &&
    ((ctx.inlineLabel !== null && OTHER_REPO_LABEL.test(ctx.inlineLabel)) ||
      OTHER_REPO_LINE.test(ctx.lineBefore ?? "") ||
      OTHER_REPO_AFTER.test(ctx.after))
  )
    return { intent: "example", reason: "a path in another repository, named with it" };
  // "The assistant suggested a workflow at X", "It proposed X": an idea, not a file.
  if (
    (ctx.before.includes("suggested") ||
      ctx.before.includes("proposed") ||
      ctx.before.includes("recommended")) &&
    SUGGESTED_BEFORE.test(ctx.before)
  )
    return { intent: "planned", reason: "a suggestion ('suggested', 'proposed')", tentative: true };
  // "Put fixtures in a `testdata/` folder next to the test": any folder by that name, a convention.
  if (A_KIND_BEFORE.test(ctx.before) && KIND_AFTER.test(ctx.after) && !ctx.path.slice(0, -1).includes("/"))
    return { intent: "example", reason: "a kind of folder ('a … folder'), not one of this repository's" };
  // "Prettier reads a `.prettierrc` file", "stored in a file named `.pyenv-version`": a kind of
  // settings file a tool reads wherever it runs, not this repository's (unless one is to be made
  // or said to be here: "add a `.nvmrc` file", "there is a `.nvmrc` file at the root").
  if (
    !isLink(ctx.kind) &&
    !ctx.path.includes("/") &&
    ((A_KIND_BEFORE.test(ctx.before) &&
      (ctx.path.startsWith(".") || IF_THERE_IS.test(ctx.before)) &&
      FILE_AFTER.test(ctx.after)) ||
      A_FILE_NAMED.test(ctx.before)) &&
    !MADE_OR_HERE.test(ctx.before)
  )
    return {
      intent: "example",
      reason: "a kind of file a tool reads ('a … file'), not one of this repository's",
    };
  // "from a folder they need an `__init__.py` there": the file every such folder has, a convention.
  if (
    !isLink(ctx.kind) &&
    CONVENTIONAL_FILE.test(ctx.path) &&
    A_KIND_BEFORE.test(ctx.before) &&
    !MADE_BEFORE_A.test(ctx.before)
  )
    return { intent: "example", reason: "a kind of file every such folder has ('a … file')" };
  // "Each module should have an `index.ts`", "every package has an `__init__.py`": one file per
  // module, named for its kind, not one file of this repository.
  if (!isLink(ctx.kind) && !ctx.path.includes("/") && EACH_HAS_A.test(ctx.before))
    return { intent: "example", reason: "a kind of file each one has ('each … a …')" };
  const eg = exampleLead(ctx.before, ctx.path);
  if (eg) return { intent: "example", reason: eg };
  // "Pre-`processor.rs` era code", "Post-`sessionize_v1.py` we key by", Latvian "Pirms-`x`
  // laikmeta": an era named after the file, glued to it across its backticks (written bare,
  // "Post-api_healer.py", the candidate already says so).
  if ((ctx.before.endsWith("-") || ctx.before.endsWith("-`")) && ERA_GLUED.test(ctx.before))
    return { intent: "historical", reason: "an era named after it ('Pre-…', 'Post-…')" };
  // "- Pre-Snowflake era: `x.sql`", "Pre-Daraja-2.0: `x.js`": the label names the era the file
  // belongs to, before what replaced it.
  if (
    ctx.inlineLabel !== null &&
    /^[\s`'"*_]*$/.test(ctx.before) &&
    PRE_ERA_LABEL.test(ctx.inlineLabel) &&
    !PRE_STEP.test(ctx.inlineLabel)
  )
    return { intent: "historical", reason: `an era named in its label ('${ctx.inlineLabel.trim()}')` };
  // A link is followed by whoever reads the page, in an "Example" column too, and so is a file
  // the cell sends the reader to ("see models/int_daily_revenue.sql").
  if (
    ctx.column !== null &&
    EXAMPLE_COLUMN.test(ctx.column) &&
    !isLink(ctx.kind) &&
    !SEE_BEFORE.test(ctx.before)
  )
    return { intent: "example", reason: `in a table column of examples ('${ctx.column.trim()}')` };
  if (ctx.path.startsWith("/")) {
    if (ctx.column !== null && ROUTE_COLUMN.test(ctx.column))
      return { intent: "example", reason: `in a table column of routes ('${ctx.column.trim()}')` };
    if (METHOD_BEFORE.test(ctx.before))
      return { intent: "example", reason: "an HTTP route (a method before it)" };
    if (VERSIONED_API.test(ctx.path)) return { intent: "example", reason: "an API route (/api/…/v1/)" };
    // "Site URLs changed: `/guide/install/` is now `/getting-started/installation/`".
    if (
      (URL_TALK.test(ctx.sentence) || URL_TALK.test(ctx.inlineLabel?.toLowerCase() ?? "")) &&
      !/\.[A-Za-z0-9]+$/.test(ctx.path.replace(/\/$/, ""))
    )
      return { intent: "example", reason: "a site's URL path (the sentence is about URLs)" };
  }
  // "## What moved where / | `docs/intro.md` | `src/content/docs/index.mdx` |": under a heading that
  // says files moved, a path with another after it in its row is where a file was.
  if (ctx.rowMapsTo && ctx.sections[0] !== undefined && MOVED_HEADING.test(ctx.sections[0].toLowerCase()))
    return { intent: "removed", reason: `the old side of a table under '${ctx.sections[0].trim()}'` };
  // "Docusaurus had `versioned_docs/`": what an older setup had.
  if (HAD_BEFORE.test(ctx.before)) return { intent: "historical", reason: "what something had ('had')" };
  // (After a colon the words before it are the line's label: "… lived in three places: `a`, `b`".)
  const lived =
    ctx.inlineLabel !== null && LIST_ONLY.test(ctx.before) ? `${ctx.inlineLabel}: ${ctx.before}` : ctx.before;
  if (
    (lived.includes("lived") || lived.includes("kept") || lived.includes("used to")) &&
    LIVED_BEFORE.test(lived)
  )
    return { intent: "historical", reason: "where something lived ('lived in')" };
  if (ctx.column !== null && OLD_COLUMN.test(ctx.column))
    return { intent: "removed", reason: `the old side of a rename table ('${ctx.column.trim()}')` };
  // "| PR summary said | Actually on `main` |": a column of what an earlier text wrongly claimed.
  if (ctx.column !== null && CLAIMED_COLUMN.test(ctx.column))
    return { intent: "historical", reason: `a column of earlier claims ('${ctx.column.trim()}')` };
  // "Logo is `public/logo.svg`, served as `/logo.svg`": the address a site serves it at.
  if (SERVED_AS.test(ctx.before)) return { intent: "example", reason: "the URL a site serves it at" };
  // "the route in `ataskaitos/urls.py` (`likuciai/eksportas/`)": a URL pattern of that routing file.
  if (ctx.before.includes("(") && !/\.\w+$/.test(ctx.path) && AFTER_ROUTES_FILE.test(ctx.before))
    return { intent: "example", reason: "a URL pattern of the routing file named before it" };
  if (NAME_TO_GIVE.test(ctx.before)) return { intent: "planned", reason: "a name it is to be given" };
  if (WILL_BE.test(ctx.before)) return { intent: "planned", reason: "what something will be ('will be')" };
  // "This consolidation stays open until `X` is created and committed": still to be made.
  if (UNTIL_BEFORE.test(ctx.before) && UNTIL_MADE_AFTER.test(ctx.after))
    return { intent: "planned", reason: "a file still to be made ('until … is created')" };
  // "Une fois `X` créé, déployer …" (once X is created): the file is still to be made.
  if (ONCE_MADE_BEFORE.test(ctx.before) && ONCE_MADE_AFTER.test(ctx.after))
    return { intent: "planned", reason: "a file still to be made ('une fois … créé')" };
  // "the notes in your `Daily/` folder", "`Templates/Daily.md` in *their* vault, not ours": a path
  // of the reader's (or a user's) own vault or project, not of this repository.
  if (!isLink(ctx.kind) && (YOURS_BEFORE.test(ctx.before) || YOURS_AFTER.test(ctx.after)))
    return { intent: "example", reason: READERS_OWN };
  // "Never commit `_site/` or `.jekyll-cache/`": the second name is kept out as the first is (the
  // first reads its negated verb).
  if (!isLink(ctx.kind) && ctx.before.includes("commit") && NEVER_COMMIT_JOINED.test(ctx.before))
    return { intent: "historical", reason: "negated: kept out of the repository ('never commit … or')" };
  // "Zephyr's own `nrf52840dk_nrf52840.dts`", "Django's own `settings.py`": a file of another
  // project, named after it (not "the app's own", "our own").
  if (!isLink(ctx.kind) && ctx.before.includes("s own") && ANOTHERS_OWN.test(ctx.before))
    return { intent: "example", reason: "another project's own file ('…'s own')" };
  // "custom blocks with their own `block.json`": a kind of file each of many things has.
  if (
    !isLink(ctx.kind) &&
    ctx.before.includes("their own") &&
    THEIR_OWN.test(ctx.before) &&
    !ctx.path.includes("/")
  )
    return { intent: "example", reason: "a kind of file each of them has ('their own')" };
  if (!isLink(ctx.kind) && RELATIVE_ELSEWHERE.test(ctx.after))
    return { intent: "example", reason: "a path from another folder ('relative to …')" };
  // "`assets/scss/main.scss`: compiled to `assets/dist/main.css`": what a build makes of a source.
  if (COMPILED_TO_BEFORE.test(ctx.before))
    return { intent: "example", reason: "a build's output ('compiled to')" };
  // "`previousDays` builds `Journal/2024-05-13.md`": a path the code computes, not a file.
  if (COMPUTED_BY_CODE.test(ctx.before)) return { intent: "example", reason: "a path the code computes" };
  // "Upstream objects must exist in the bucket: `raw/orders/x.parquet`", "the `dagster/` prefix".
  if (
    IN_STORAGE_BEFORE.test((ctx.lineBefore ?? ctx.before).toLowerCase()) ||
    KEY_PREFIX_AFTER.test(ctx.after)
  )
    return { intent: "example", reason: "an object or key prefix in storage, not a file" };
  if (ctx.column !== null && SETTING_COLUMN.test(ctx.column) && !ctx.path.includes("/") && !isLink(ctx.kind))
    return { intent: "example", reason: `a setting's name in a column of '${ctx.column.trim()}'` };
  if (ctx.strike) return { intent: "removed", reason: "struck through" };
  // A quoted claim ("> X ✅ Implemented", "> Wrote X") speaks for the document's other mentions of
  // X: the author answers it. A quoted plan ("> Next session: create X") or pointer ("> start from
  // X") says nothing of X now, so it does not.
  if (ctx.quote) {
    const quotedVerb = verbCue(ctx.before, ctx.path);
    if (quotedVerb?.intent === "planned")
      return { intent: "historical", reason: "a plan in quoted text (blockquote)", tentative: true };
    const claim =
      quotedVerb?.intent === "created" ||
      QUOTED_CLAIM_AFTER.test(ctx.after) ||
      afterCue(ctx.after)?.intent === "created";
    return claim
      ? { intent: "historical", reason: "quoted text (blockquote)" }
      : { intent: "historical", reason: "quoted text (blockquote)", tentative: true };
  }
  // "Should X become part of a notifications area (`src/notify.rs`)?": the author deliberates and
  // asserts nothing, neither that the file is there nor that it is to be made.
  if (ctx.question)
    return { intent: "historical", reason: "an open question ('should …?')", tentative: true };
  // A `?? x.py` line under "Other untracked files" or "Not committed" states what is untracked,
  // truthfully: no claim that the file was committed.
  if (ctx.fenceStatus === "created") {
    const told = sectionCues(ctx).find((s) => s.cue.intent === "historical" && s.cue.strength === "list");
    if (told) return { intent: "historical", reason: `listed under '${told.text.trim()}'` };
  }
  if (ctx.fenceStatus)
    return {
      intent: ctx.fenceStatus,
      reason: `listed as ${ctx.fenceStatus === "created" ? "new or changed" : "deleted"} (${ctx.fenceStatusFrom ?? "status prefix"})`,
    };

  // The anchored test on `after` first: it fails at once for nearly every mention.
  if (ONCE_AFTER.test(ctx.after) && ONCE_BEFORE.test(ctx.before))
    return { intent: "historical", reason: "not there yet: work waits until it exists", tentative: true };
  if (isConditional(ctx.before, ctx.after))
    // A check, not a statement: it says nothing the rest of the document should be read by.
    return { intent: "historical", reason: "conditional check whether it exists", tentative: true };
  // The move word may be the heading's or the list's ("## What I moved", "Renamed:").
  const arrow = arrowMove(ctx.before, ctx.after, () => moveContext(ctx));
  // Under a plan or an open task ("## Next steps", "- [ ] a.py → b.py (renamed)"), the new
  // name is still to come.
  if (
    arrow?.intent === "created" &&
    (ctx.checked === false || sectionCues(ctx).some((s) => s.cue.intent === "planned"))
  )
    return { intent: "planned", reason: `the new name in '${arrow.phrase}' (an arrow), in a plan` };
  if (arrow)
    return {
      intent: arrow.intent,
      reason: `the ${arrow.intent === "removed" ? "old" : "new"} name in '${arrow.phrase}' (an arrow)`,
      ...(arrow.tentative ? { tentative: true } : {}),
    };
  // "The `k8s/jaeger/` manifests were deleted": what a folder held is gone, so the folder is too.
  // (Of a file, "the `report.ts` helpers were deleted" is about parts of it.)
  if (ctx.path.endsWith("/") && FOLDER_CONTENTS_GONE.test(ctx.after))
    return { intent: "removed", reason: "what the folder held was deleted" };
  const folded = foldedAway(ctx.before, ctx.after);
  if (folded) return { intent: "removed", reason: `folded into another file ('${folded}')` };
  const elsewhere = otherRepository(ctx.before, ctx.after);
  if (elsewhere) return { intent: "example", reason: `in another repository ('${elsewhere}')` };
  const host = onAHost(ctx.after, ctx.path);
  if (host) return { intent: "example", reason: `a file of a running system ('${host}')` };
  const output = runtimeOutput(ctx.before, ctx.path);
  if (output) return { intent: "example", reason: `written by the code when it runs ('${output}')` };
  // A link is followed by whoever reads the page: its target must be there, whatever produced it.
  const linked = ctx.kind === "link" || ctx.kind === "image" || ctx.kind === "definition";
  const left = linked ? null : runOutput(ctx.before, ctx.path, ctx.inlineLabel ?? ctx.label);
  if (left) return { intent: "example", reason: `output of a run, not a repository file (${left})` };
  const notThis = notThisFile(ctx.before, ctx.after, ctx.path);
  if (notThis) return { intent: "example", reason: notThis };
  const made = writtenOrAttached(
    ctx.before,
    ctx.sentence,
    ctx.path,
    ctx.parentItems[0] ?? ctx.inlineLabel ?? ctx.label,
  );
  if (made) return { intent: "example", reason: `output of a run, not a repository file (${made})` };
  if (isChangeCheck(ctx.before, ctx.after))
    return { intent: "exists", reason: "a check that it was changed (so it exists)" };
  const after = afterCue(ctx.after);
  // "Created `src/proxy.py` (WIP, see handoff)": made, if not finished.
  if (after?.intent === "planned" && UNFINISHED.test(after.phrase)) {
    const made = verbCue(ctx.before, ctx.path);
    if (made?.intent === "created" && !made.weak)
      return { intent: "created", reason: `'${made.word}' before it, unfinished ('${after.phrase}')` };
  }
  // "- [ ] Create X once we add the Windows target": the plan says when it will be made, which is
  // not the author knowing that something relied on is absent.
  if (after?.intent === "historical" && AFTER_ANOTHER_STEP.test(after.phrase)) {
    const plan = verbCue(ctx.before, ctx.path);
    if (plan?.intent === "planned" && !plan.weak)
      return {
        intent: "planned",
        reason: `'${plan.word}' before it, after another step ('${after.phrase}')`,
      };
  }
  if (after && after.intent !== "created")
    return {
      intent: after.intent,
      reason: `${after.intent === "historical" ? NEGATED : "said after it"}: '${after.phrase}'`,
    };
  const never = NEVER_LATER.exec(ctx.after);
  if (never)
    return { intent: "historical", reason: `${NEGATED} later in the sentence: '${never[0].trim()}'` };
  const past = historicalBefore(ctx.before);
  if (past) return { intent: "historical", reason: `past belief or negation: '${past}'` };
  const absent = absenceBefore(ctx.before, ctx.after);
  if (absent)
    return {
      intent: absent.intent,
      reason: `${absent.intent === "historical" ? NEGATED : "not there yet"}: '${absent.phrase}'`,
    };
  if (quotedSpeech(ctx.before, ctx.after))
    return { intent: "historical", reason: "inside quoted speech (another document's words)" };

  // "The `checkout-config` ConfigMap has two keys, `application.yaml` and `logback.xml`".
  if (CONFIG_MAP_KEYS.test(ctx.before))
    return { intent: "example", reason: "a key of a ConfigMap or Secret" };
  // "`website/docs/intro.md` (from `docs/Home.md`)": where a moved file came from.
  if (FROM_BEFORE.test(ctx.before))
    return {
      intent: "removed",
      reason: "where a moved or copied file came from ('(from …')",
      tentative: true,
    };
  // "- [ ] Decide on `spec/factories/x.rb` vs inline builds": an option, not something relied on.
  if (DECIDE_BEFORE.test(ctx.before))
    return { intent: "planned", reason: "an open decision about it", tentative: true };
  let verb = verbCue(ctx.before, ctx.path);
  // "I also shipped the editor module: `X` registers …": the colon names what was made.
  const line = ctx.lineBefore ?? "";
  if (!verb && line.includes(":") && /^[\s`'"*_]*$/.test(ctx.before)) {
    const made = MADE_THEN_NAMED.exec(line);
    if (made) verb = { intent: "created", weak: false, word: `${made[1]!.toLowerCase()} … :` };
  }
  // "Once that happens, commit the generated `fastlane/Pluginfile`": a step still to take, so the
  // file is not in the repository yet; the participle says what will make it, not that it was made.
  if (verb?.intent === "created" && TO_COMMIT_MADE.test(ctx.before))
    verb = { intent: "planned", weak: false, word: `commit … ${verb.word}` };
  // "Port `src/ui/pause_menu.rs` from the old prototype": the file is made by the port (to port a
  // file "to the new API" changes it where it is).
  if (verb && /^port(?:s|ing)?$/.test(verb.word) && /^[`'"*_]*\s+from\b/.test(ctx.after))
    verb = { intent: "planned", weak: false, word: `${verb.word} … from` };
  // "Wait for Gemini to create X, then deploy it": X is planned, and it is Gemini's to make.
  // (Tried only where its words are: this runs for every mention whose intent is read.)
  const other =
    ctx.before.includes("wait") || ctx.before.includes("until")
      ? ANOTHERS_TO_MAKE.exec(ctx.before)
      : ctx.before.includes("once ")
        ? ANOTHERS_ONCE.exec(ctx.before)
        : ctx.before.includes("hinihintay")
          ? ANOTHERS_TO_MAKE_TL.exec(ctx.before)
          : ctx.before.includes(" is ") || ctx.before.includes(" are ")
            ? ANOTHERS_AT_WORK.exec(ctx.before)
            : ctx.before.includes(" will ")
              ? ANOTHERS_TO_SEND.exec(ctx.before)
              : ctx.before.includes("espera que")
                ? ANOTHERS_TO_MAKE_PT.exec(ctx.before)
                : ctx.before.includes(" прави") || ctx.before.includes(" пише")
                  ? ANOTHERS_AT_WORK_BG.exec(ctx.before)
                  : ctx.before.includes("სანამ")
                    ? ANOTHERS_TO_MAKE_KA.exec(ctx.before)
                    : null;
  if (other)
    return { intent: "planned", reason: `${ANOTHERS_WORK} ('${other[0].replace(/[\s`'"*_(]+$/, "")}')` };
  const sections = sectionCues(ctx);
  const criteria = sections.some((s) => s.cue.criteria);

  if (verb && (verb.intent === "removed" || verb.intent === "historical"))
    return { intent: verb.intent, reason: `'${verb.word}' before it` };
  // "Don't open `budget/Budget-Y1-Y3.xlsx` from the old link": the reader is told not to rely on it.
  if (
    (ctx.before.includes("n't") ||
      ctx.before.includes("n’t") ||
      ctx.before.includes("not") ||
      ctx.before.includes("never")) &&
    DONT_STEP_BEFORE.test(ctx.before)
  )
    return { intent: "historical", reason: "a step the reader is told not to take with it", tentative: true };
  // "the chart, generated by `figures/src/make_gantt.py`": what made the file, not a file made.
  if (verb?.intent === "created" && MADE_BY_BEFORE.test(ctx.before))
    return { intent: "exists", reason: `what made something ('${verb.word} by')` };
  // "| 03-25 | codex writes `retry.py` |" in an "Event" column: a record of events tells what
  // happened in the present tense, so "writes" there claims the file was written; it plans nothing.
  if (verb && verb.intent === "planned" && NARRATED.test(verb.word) && inTimeline(ctx))
    return { intent: "created", reason: `'${verb.word}' in a timeline (what happened)` };
  if (ctx.checked === true) {
    // "- [x] Removed stale Karma files: `karma.conf.js`": the done task removed what its label lists.
    const gone = sections.find(
      (s) => s.where === "label" && s.cue.strength === "list" && s.cue.intent === "removed",
    );
    if (gone) return { intent: "removed", reason: `checked task '${gone.text.trim().slice(0, 60)}'` };
    if (verb && verb.intent === "planned")
      return { intent: "created", reason: `checked task '${verb.word} …'` };
    return { intent: "created", reason: CHECKED_TASK };
  }
  if (after) {
    // "- [ ] X created": the goal of an open item, not a claim.
    if (ctx.checked === false) {
      const word = after.phrase.split(/\s+/).pop() ?? "";
      if (MODIFY_WORD.test(word))
        return { intent: "exists", reason: `unchecked task '… ${after.phrase}' changes an existing file` };
      return { intent: "planned", reason: `unchecked task '… ${after.phrase}'` };
    }
    // "## Plan / - `supabase/functions/share/index.ts` (new)": new in the plan, so still to make.
    if (/^\(?new\)?$/.test(after.phrase) && sections.some((s) => s.cue.intent === "planned"))
      return { intent: "planned", reason: `'(new)' in a plan` };
    // "## Other untracked files / - `tool/atlas_cache/` (generated by …)": made, and listed as
    // not committed, truthfully.
    const untracked = sections.find((s) => s.cue.untracked && s.cue.strength === "list");
    if (untracked)
      return {
        intent: untracked.cue.intent,
        reason: `listed under '${untracked.text.trim()}'`,
        tentative: true,
      };
    return { intent: "created", reason: `said after it: '${after.phrase}'` };
  }
  if (ctx.mark === "cross") return { intent: "historical", reason: "marked ❌" };
  if (ctx.mark === "done" && !criteria) return { intent: "created", reason: "marked ✅" };
  // "| Add `x.cs` for the guard | Priya | ✅ Done |": an action item whose status says it is done
  // is a claim, as a checked task is.
  if (
    verb &&
    verb.intent === "planned" &&
    ctx.statusCell !== null &&
    statusCellIntent(ctx.statusCell) === "created"
  )
    return {
      intent: "created",
      reason: `'${verb.word} …' with table status '${ctx.statusCell.slice(0, 40)}'`,
    };
  if (verb && !verb.weak) {
    // An open item describes a goal: "saved as X" makes X (planned); "X updated" changes X (relied on).
    if (ctx.checked === false && verb.intent === "created") {
      if (MODIFY_WORD.test(verb.word))
        return { intent: "exists", reason: `unchecked task '${verb.word} …' changes an existing file` };
      return { intent: "planned", reason: `unchecked task '${verb.word} …'` };
    }
    const what = ctx.checked === false ? `unchecked task '${verb.word} …'` : `'${verb.word}' before it`;
    return { intent: verb.intent, reason: what };
  }

  if (ctx.statusCell !== null) {
    const cell = statusCellIntent(ctx.statusCell);
    // A mapping row marked done moved this path to the other one: it is gone from here.
    if (cell === "created" && ctx.mapsTo)
      return { intent: "removed", reason: `mapped to another path, '${ctx.statusCell.slice(0, 40)}'` };
    if (cell) return { intent: cell, reason: `table status '${ctx.statusCell.slice(0, 40)}'` };
  }
  // "- `tests/limiter_test.cpp` | 🟡 In progress": a list item written as a table's row.
  if (ctx.column === null && ctx.after.includes("|")) {
    const status = PIPE_STATUS_AFTER.exec(ctx.after)?.[1];
    const cell = status === undefined ? null : statusCellIntent(status);
    if (cell && status) return { intent: cell, reason: `status after it ('${status.trim().slice(0, 40)}')` };
  }
  const list = sections.find((s) => s.cue.strength === "list");
  // "### What I changed … If you need to rewind offsets, run `./scripts/reset-offsets.sh`": a
  // heading's list speaks for its items and fences, not for a paragraph that tells the reader to
  // run or read a file.
  const instructed =
    list?.where === "section" &&
    verb !== null &&
    READER_STEP.test(verb.word) &&
    ctx.item !== true &&
    ctx.column === null &&
    ctx.kind !== "fence";
  if (list && !instructed)
    return {
      intent: list.cue.intent,
      reason: `${list.where} '${list.text.slice(0, 60)}'`,
      ...(list.cue.untracked ? { tentative: true } : {}),
    };
  // "- [ ] Dashboard JSON in `config/grafana/`": an open item that only says which folder its work
  // goes in plans that folder. In a file ("- [ ] `pydantic<2` in requirements.txt") it is an edit.
  if (verb && ctx.checked === false && ctx.path.endsWith("/") && LOCATIVE_ONLY.test(verb.word))
    return { intent: "planned", reason: `unchecked task '… ${verb.word}'` };
  // "- [ ] burst-case tests in `test/rate-limit.burst.test.ts`": an open item whose only words are
  // the new work and where it goes names the file that work makes.
  if (verb && ctx.checked === false && LOCATIVE_ONLY.test(verb.word) && NEW_WORK_IN.test(ctx.before))
    return { intent: "planned", reason: `unchecked task: new work '… ${verb.word}'`, tentative: true };
  // "## Backlog / - [ ] Pagination helper in `src/lib/paginate.ts`", "## Phase 4 (not started) /
  // - CI in `.github/workflows/ci.yml`": a later plan's item names where new work goes. Not under
  // "Tasks" or "Next steps", whose items are as often edits ("- [ ] `GRACE`: 5 -> 30 in `x.rs`").
  if (
    verb &&
    ctx.item === true &&
    ctx.parentItems.length === 0 &&
    LOCATIVE_ONLY.test(verb.word) &&
    !/\b(?:existing|current|already|our)\b/.test(ctx.before) &&
    sections.some((s) => s.cue.intent === "planned" && FAR_PLAN.test(s.text))
  )
    return { intent: "planned", reason: `a plan's item, '… ${verb.word}'`, tentative: true };
  // "- [ ] Record the demo video (`store/demo.webm`)": a recording still to be made.
  if (verb && ctx.checked === false && RECORD_WORD.test(verb.word) && RECORDING.test(ctx.path))
    return { intent: "planned", reason: `unchecked task '${verb.word} …' makes a recording` };
  if (verb) return { intent: "exists", reason: `'${verb.word}' before it` };
  // "New module `dags/common/sla.py` with the callback": a thing the text introduces.
  if (NEW_THING_BEFORE.test(ctx.before))
    return { intent: "planned", reason: "a new file the text introduces", tentative: true };
  // Parent list items work like verbs for their children ("Create these files:" → items).
  for (const parent of ctx.parentItems) {
    const pv = verbCue(parent.toLowerCase() + " ");
    if (pv && !pv.weak)
      return {
        intent: pv.intent === "created" && ctx.checked === false ? "planned" : pv.intent,
        reason: `list item '${parent.slice(0, 50)}'`,
      };
  }
  if (ctx.checked === false) {
    // "- [ ] X deployed to Render": the goal relies on X; only a bare item is a deliverable.
    const relied = reliedAfter(ctx.after);
    if (relied) return { intent: "exists", reason: `unchecked task '… ${relied}' relies on it` };
    return { intent: "planned", reason: "unchecked task item", tentative: true };
  }
  const mood = sections.find((s) => s.cue.strength === "mood");
  // A link is followed by the reader: the mood of a plan section does not make its target planned.
  if (mood && !(isLink(ctx.kind) && !mood.cue.criteria))
    return {
      intent: mood.cue.intent,
      reason: `${mood.where} '${mood.text.slice(0, 60)}'`,
      tentative: true,
    };
  return {
    intent: "exists",
    reason: ctx.kind === "link" || ctx.kind === "image" ? "link target" : "mentioned with no other signal",
  };
}

function isLink(kind: ReferenceKind): boolean {
  return kind === "link" || kind === "image" || kind === "definition" || kind === "wikilink";
}

interface PlacedCue {
  cue: SectionCue;
  where: string;
  text: string;
}

/** Labels and headings from the innermost out; the first list-strength one is used for files. */
function sectionCues(ctx: MentionContext): PlacedCue[] {
  const out: PlacedCue[] = [];
  const add = (text: string | null, where: string) => {
    if (!text) return;
    const cue = sectionCue(text);
    if (cue) out.push({ cue, where, text });
  };
  add(ctx.inlineLabel, "label");
  add(ctx.column, "table column");
  add(ctx.label, "label");
  // "- Other untracked files:" over "  - `notes.md`": a list item ending in a colon heads its children.
  for (const parent of ctx.parentItems) if (/:\s*$/.test(parent)) add(parent, "list item");
  // A reference definition (`[pm]: ../postmortems/x.md`) sits wherever the author collects them,
  // most often after the last heading: that heading says nothing of it.
  if (ctx.kind !== "definition") for (const s of ctx.sections) add(s, "section");
  return out;
}
