// Words that say what a sentence, heading or table cell means for a file it mentions.
// Every pattern is a flat alternation of literal words (linear-time), applied to lower-cased text.

import type { Intent } from "../types.js";
import { CJK, cjkVerbCue, europeanVerbCue, FOREIGN_MOVED, NOT_STARTED } from "./languages.js";
import {
  MORE_ABSENT_HEADING,
  MORE_CREATED_HEADING,
  MORE_EARLIER,
  MORE_MOVED,
  MORE_NOT_STARTED,
  MORE_PLAN_HEADING,
  MORE_REMOVED_HEADING,
  MORE_UNTRACKED_HEADING,
  moreVerbCue,
  plainArabic,
} from "./languages-more.js";

const PLAN_BASE =
  "create|add|implement|write|build|generate|scaffold|introduce|set up|setup|draft|make|produce|author|develop|prepare|establish|stub|bootstrap|initiali[sz]e|spin up|port|extract|block out|mock up|sketch";
const PLAN_PAST =
  "created|added|implemented|wrote|written|built|generated|scaffolded|introduced|drafted|made|produced|authored|developed|prepared|established|stubbed|bootstrapped|initiali[sz]ed|ported|extracted|blocked out|mocked up|sketched";
const CHANGE_BASE =
  "update|modify|edit|change|fix|patch|refactor|rewrite|extend|adjust|tweak|amend|revise|migrate|convert";
const CHANGE_PAST =
  "updated|modified|edited|changed|fixed|patched|refactored|rewrote|rewritten|extended|adjusted|tweaked|amended|revised|migrated|converted|committed|shipped|deployed|merged|touched|wired|saved|applied|landed|pushed";
const REMOVE_BASE =
  "delete|remove|drop|deprecate|archive|purge|retire|rm|get rid of|clean up|move|rename|replace";
const REMOVE_PAST =
  "deleted|removed|dropped|deprecated|archived|purged|retired|moved|renamed|replaced|superseded|obsoleted|abandoned|scrapped|shelved|discarded|ditched";
const OUTPUT_BASE =
  "document|log|save|write|record|dump|export|output|store|persist|emit|tee|pipe|redirect|append|report|capture";
const EXISTS_VERBS =
  "deploy|see|read|run|execute|open|use|check|review|refer to|consult|import|load|call|invoke|source|inspect|look at|view|follow|start|launch|test|lint|compile|serve|host|configure|point to|copy|reviewed|used|ran|executed|opened|loaded|tested";
const APPLIED_EDIT = /\bapplied\s+(?:the\s+|an?\s+)?(?:edits?|changes?|patch(?:es)?|diffs?)\s+to\s+['"`]?$/;
const LOCATIVE = /\b(?:in|at|from|under|inside|within|via|per|against|of|on)\s+(?:the\s+|a\s+|an\s+)?$/;
/**
 * "are in", "lives in", "is kept under", "is set up in", "as described in": where something is,
 * or where it is written down (lower-cased, right before the mention).
 */
const LOCATION =
  /\b(?:is|are|lives?|sits?|resides?|go(?:es)?|belongs?|(?:is|are) (?:kept|stored|archived|located|found|set up|configured|defined|declared|registered|handled|implemented|wired up|wired|initiali[sz]ed|described|documented|specified|explained|covered)|as (?:described|documented|explained|shown|outlined|specified|defined|noted|listed|detailed))\s+(?:now\s+|still\s+|already\s+)?(?:in|at|under|inside)\s+(?:the\s+)?$/;

/** A verb cue found before a mention (the nearest wins). */
export interface VerbCue {
  intent: Intent;
  /** Weak cues (deploy, see, in) only say the document relies on the file. */
  weak: boolean;
  word: string;
}

/** "create" → "create|creates|creating"; "set up" → "set up|sets up|setting up". */
function inflect(words: string): string {
  const out: string[] = [];
  for (const w of words.split("|")) {
    const [head, ...rest] = w.split(" ");
    const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
    const h = head!;
    const ing =
      h.endsWith("e") && !h.endsWith("ee")
        ? `${h.slice(0, -1)}ing`
        : /[^aeiou][aeiou][bdgmnprt]$/.test(h) && h.length <= 4
          ? `${h}${h.slice(-1)}ing`
          : `${h}ing`;
    const s = /(?:s|sh|ch|x|z)$/.test(h) ? `${h}es` : /[^aeiou]y$/.test(h) ? `${h.slice(0, -1)}ies` : `${h}s`;
    out.push(w, `${s}${tail}`, `${ing}${tail}`);
  }
  return out.join("|");
}

const VERB_RE = new RegExp(
  `\\b(?:(${PLAN_PAST})|(${CHANGE_PAST})|(${REMOVE_PAST})|(${inflect(PLAN_BASE)})|(${inflect(CHANGE_BASE)})|(${inflect(REMOVE_BASE)})|(${inflect(OUTPUT_BASE)})|(${inflect(EXISTS_VERBS)}))\\b`,
  "g",
);
const MODAL_BEFORE =
  /\b(?:to be|will be|will get|to get|should be|must be|needs? to be|need be|shall be|would be|could be|can be|may be|might be|yet to be|not yet|is being|are being|gets|once|when|until|after|before|if)\s+$/;
const NEGATION_BEFORE =
  /\b(?:never|not|n't|no|without|nobody|wasn't|weren't|hasn't|haven't|isn't|aren't)\s+(?:been\s+|be\s+|yet\s+|actually\s+|ever\s+)?$/;
const FUTURE_BEFORE =
  /\b(?:will|shall|going to|gonna|to|should|must|need to|needs to|have to|has to|plan to|plans to|want to|wants to|let's|please|todo:?|then)\s+$/;

/** After a creation verb and its object: "for", "about", "from", "around", "on top of", "based on". */
const RELATED_TO =
  /^\s+(?:(?:a|an|the|new|more|some|unit|integration|e2e)\s+)?(?:tests?|docs?|documentation|types?|bindings|wrappers?|adapters?|mocks?|stubs?|fixtures?|examples?|benchmarks?|notes|comments|a\s+\w+|an\s+\w+|the\s+\w+|\w+|`[^`\s]+`)\s+(for|about|from|around|on top of|based on|against|covering)\s+(?:the\s+|a\s+|an\s+)?$/;

/** What a planned thing is made from or for: one or two words, then the preposition. */
const MADE_FROM =
  /^\s+(?:(?:a|an|the|new|more|some)\s+)?(?:(?:`[^`\s]+`|[a-z][\w-]*)\s+){1,2}(for|about|from|around|against|covering|based on)\s+(?:the\s+|a\s+|an\s+)?$/;

/** The nearest verb (or locative preposition) before a mention, read right to left in the clause. */
/**
 * Words before a verb form that make it a noun or an adjective: "the load test output in X",
 * "add tests for X", "the updated X". Such a match is not the clause's verb.
 */
const NOUN_BEFORE =
  /\b(?:the|a|an|this|that|these|those|its|their|our|your|my|his|her|some|any|each|every|more|new|latest|previous|old|final|full|raw|unit|integration|e2e|smoke|load|test|debug|error|build|server|audit|code|status|add|adds|added|adding|write|writes|wrote|writing)\s+$/;

const MEANS_WITH = /^\s+(?:[\w-]+\s+){0,4}with\s+(?:the\s+)?$/;

/** "the OpenAPI draft", "a dev build": a determiner and one more word before a verb's base form. */
const NOUN_PHRASE_BEFORE =
  /\b(?:the|a|an|this|that|our|your|my|their|its)\s+(?!(?:will|would|should|shall|can|could|must|may|might|to|also|then|not|just|now|only|still|first|never|always|do|does|did|is|are|was|were|has|have|had)\b)[a-z][\w-]*\s+$/;
const DETERMINER_END = /\b(?:the|a|an|its|their|all|any|these|those)\s+$/;
/** A test file or folder: `tests/…`, `spec/…`, `x.test.ts`, `x.spec.js`, `test_x.py`, `x_test.go`. */
const TEST_FILE = /(?:^|\/)(?:tests?|specs?|__tests__)\/|[._-](?:test|spec)\.[a-z]+$|(?:^|\/)test_[^/]*$/i;

/** What may precede a verb used as a command: nothing, a modal, "please", "then", "and", "to". */
const IMPERATIVE_HEAD =
  /(?:^|\b(?:please|then|and|also|to|will|shall|should|must|can|could|would|always|first|we|i|you|they))\s*$/;

const PATH_CHAR = new Set(["-", "_", ".", "/", "\\"]);

/** A modal with a verb of its own ("must match", "should point at"), not "will be", "will live". */
const OWN_MODAL_VERB =
  /\b(?:must|should|shall|can|could|may|might|needs? to|has to|have to)\s+(?!be\b|go\b|live\b|sit\b|stay\b|end up\b|land\b|become\b)[a-z]+\b/;

export function verbCue(before: string, path = ""): VerbCue | null {
  // Chinese writes its verbs right before the name, without spaces ("需要创建 X", "已添加 X").
  if (CJK.test(before)) {
    const cjk = cjkVerbCue(before);
    if (cjk) return cjk;
  }
  const european = europeanVerbCue(before);
  if (european) return european;
  const more = moreVerbCue(before);
  if (more) return more;
  // "Applied edit to src/x.py", "Applied changes to X": a coding agent's report that it wrote X.
  const applied = before.includes("applied") ? APPLIED_EDIT.exec(before) : null;
  if (applied) return { intent: "created", weak: false, word: applied[0].trim() };
  // "Store screenshots are in X", "the moved blocks for the rename are in X": a statement of
  // where something is, nearer the mention than any verb, says X exists.
  const where = LOCATION.exec(before);
  if (where && !MODAL_BEFORE.test(before.slice(0, where.index))) {
    // "The script will live in X once the page lands": where it is to be, not where it is.
    if (/\b(?:will|shall|would|should|could|can|might|going to)\s+$/.test(before.slice(0, where.index)))
      return {
        intent: "planned",
        weak: false,
        word: `${lastWords(before.slice(0, where.index))} ${where[0].trim()}`,
      };
    return { intent: "exists", weak: true, word: where[0].trim() };
  }
  VERB_RE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = VERB_RE.exec(before); m !== null; m = VERB_RE.exec(before)) {
    // Part of a path or identifier (`render-setup.md`, `run_tests.py`): not a word of the sentence.
    const next = m.index + m[0].length;
    if (
      PATH_CHAR.has(before[m.index - 1] ?? "") ||
      (PATH_CHAR.has(before[next] ?? "") && /\w/.test(before[next + 1] ?? ""))
    )
      continue;
    // "to make sure every file has a row": checking, not making.
    if (m[0].startsWith("mak") && /^\s+(?:sure|certain)\b/.test(before.slice(next))) continue;
    // "The waitlist builds on work from X": resting on something, not making it.
    if (m[0].startsWith("buil") && /^\s+(?:on|upon)\b/.test(before.slice(next))) continue;
    // "the MySQL setup described in X": "setup" in one word is a noun unless it opens a command.
    if (/^setups?$/.test(m[0]) && !IMPERATIVE_HEAD.test(before.slice(0, m.index))) continue;
    // "adding fault-injection tests under X": a reading verb's "-s" form right after a plan verb
    // is the plan's object, a noun.
    if (
      m[8] &&
      m[0].endsWith("s") &&
      last &&
      (last[4] || last[1]) &&
      m.index - last.index - last[0].length < 30
    )
      continue;
    // Participles keep their meaning as adjectives ("the deleted X"); base forms become nouns.
    const head = before.slice(Math.max(0, m.index - 24), m.index);
    if (
      !m[1] &&
      !m[2] &&
      !m[3] &&
      (NOUN_BEFORE.test(head.slice(-12)) || (!/(?:s|ed|ing)$/.test(m[0]) && NOUN_PHRASE_BEFORE.test(head)))
    )
      continue;
    // "wrote the removed keys to X": a participle before another noun describes that noun.
    if (
      (m[1] || m[2] || m[3]) &&
      DETERMINER_END.test(head) &&
      /^\s+[a-z][\w-]*\s+\S/.test(before.slice(next))
    )
      continue;
    // "Component test `tests/unit/list.spec.ts`", "tests in `tests/test_pdf.py`": "test" before a
    // test file names what the file is, not something done to it.
    if (/^tests?$/.test(m[0]) && TEST_FILE.test(path)) continue;
    // "Put the keys in `.env.local` (never committed) and validate them in X": a verb inside a
    // parenthesis that closes before the mention is about the name before it.
    if (/^[^()]*\)/.test(before.slice(next))) continue;
    // "If you build it, register X as an autoload": the verb has its object ("it"), and the
    // clause after the comma is about X.
    if (/^\s+(?:it|them)\s*[,;]/.test(before.slice(next))) continue;
    // "Author ids must match X", "Write tests that must pass X": a modal and its own verb between
    // this verb and the mention; the mention is that verb's, not this one's object.
    if (OWN_MODAL_VERB.test(before.slice(next))) continue;
    // "Wrote a first draft of X", "a port of X": a base form followed by "of" is a noun.
    if (!m[1] && !m[2] && !m[3] && /^\s+of\s/.test(before.slice(next))) continue;
    // "- [ ] Product reviews (`app/reviews/page.tsx`)": a word with the mention in a parenthesis
    // right after it names a feature and where it lives; a verb takes its object without one.
    if (/^\s*\(\s*[`'"*_]*$/.test(before.slice(m.index + m[0].length))) continue;
    last = m;
  }
  if (!last) {
    const loc = LOCATIVE.exec(before);
    return loc ? { intent: "exists", weak: true, word: loc[0].trim() } : null;
  }
  const word = last[0];
  const head = before.slice(0, last.index);
  const [, planPast, changePast, removePast, planBase, changeBase, removeBase, output] = last;
  const between = before.slice(last.index + word.length);
  // "add tests to api.py": the file after `to`/`into` is where the change goes, and must exist.
  const located =
    /\b(?:to|into|onto)\s+(?:the\s+|a\s+)?$/.test(between) || /\b(?:to|into|onto)\s+\S*\s+$/.test(between);
  if (planPast || changePast) {
    if (NEGATION_BEFORE.test(head)) return { intent: "historical", weak: false, word: `not ${word}` };
    if (MODAL_BEFORE.test(head))
      return { intent: "planned", weak: false, word: `${lastWords(head)} ${word}` };
    // "built with `vite.config.ts`", "Made with 💛 … [MIT](./LICENSE)": what follows "with" is the
    // means or the maker's mood, not what was made.
    if (/^\s+with\b/.test(between)) return { intent: "exists", weak: true, word: `${word} with` };
    // "added tests for X", "generated types from X", "built a wrapper around X": the mention is
    // what the new thing is for or made from, relied on to exist; the made thing is the object.
    const about = RELATED_TO.exec(between);
    if (about) return { intent: "exists", weak: true, word: `${word} … ${about[1]}` };
    // "committed to crewai-service/": the mention is where the work went, relied on to exist.
    if (
      /\b(?:to|into|onto|in|under|inside)\s+(?:the\s+|a\s+)?$/.test(between) &&
      between.trim().split(/\s+/).length <= 2
    )
      return { intent: "exists", weak: true, word: `${word} ${between.trim()}` };
    // "added the healer to `main.py`", "added to the `a.json` or `b.json` file", "implemented
    // the retry in `api.py`": what is added goes into the mention, which must exist. (After
    // "wrote" or "generated", "to X" names the new file: "wrote the report to `r.md`".)
    if (ADDED_INTO.test(word) && INTO_PLACE.test(withoutCoordinated(between)))
      return { intent: "exists", weak: true, word: `${word} … ${lastWords(withoutCoordinated(between))}` };
    return { intent: "created", weak: false, word };
  }
  // "replaced by X", "superseded with X": X is the replacement, not the removed file.
  const replacement = /^\s+(?:\S+\s+){0,2}?(?:by|with)\s+(?:the\s+|a\s+|new\s+)*$/.test(between);
  if (removePast) {
    if (replacement) return { intent: "exists", weak: true, word: `${word} by` };
    if (/^(?:moved|renamed)$/.test(word) && located)
      return { intent: "created", weak: false, word: `${word} to` };
    if (NEGATION_BEFORE.test(head)) return { intent: "exists", weak: true, word: `not ${word}` };
    if (MODAL_BEFORE.test(head))
      return { intent: "removed", weak: false, word: `${lastWords(head)} ${word}` };
    return { intent: "removed", weak: false, word };
  }
  if (planBase) {
    // "This PR adds X", "the change introduces X": what a change holds, not a plan.
    // "- Adds `emails/invite.tsx` (template)" opening a clause is the same voice, the subject left out:
    // a plan says "Add".
    // Not "Creates `x.json` on first run", which tells what a program does.
    if (
      word.endsWith("s") &&
      (CHANGE_SUBJECT.test(head) || (/^(?:adds|introduces)$/.test(word) && /^[\s*_>-]*$/.test(head)))
    )
      return { intent: "created", weak: false, word };
    if (NEGATION_BEFORE.test(head) && !FUTURE_BEFORE.test(head))
      return { intent: "historical", weak: false, word: `not ${word}` };
    // "Consider adding a limiter to X", "we could add a hook to X": where a proposal would put
    // something is part of the proposal, not a file the reader is sent to.
    // "Port the tasks from X to Y", "extract the badge into Y": Y is made by the port or the
    // extraction.
    if (located && !PROPOSAL_BEFORE.test(head) && !/^(?:port|extract)/.test(word))
      return { intent: "exists", weak: true, word: `${word} … to` };
    // "port `src/markdown.rs` to the new API": the file ported is changed where it is.
    if (/^port(?:s|ing)?$/.test(word) && /^\s*(?:the\s+)?$/.test(between))
      return { intent: "exists", weak: true, word };
    // "generate a dev key pair with X": what follows "with" is the means, which must exist. Not
    // across another verb ("`make protos` is gone together with X").
    if (MEANS_WITH.test(between) && !/\b(?:is|are|was|were|be|been|gone)\b/.test(between))
      return { intent: "exists", weak: true, word: `${word} … with` };
    // "implement the `Adapter` interface from X", "write tests for X": the new thing is made from
    // or for the mention, which must be there.
    const source = MADE_FROM.exec(between);
    if (source) return { intent: "exists", weak: true, word: `${word} … ${source[1]}` };
    return { intent: "planned", weak: false, word };
  }
  if (changeBase) return { intent: "exists", weak: true, word };
  if (removeBase) {
    if (replacement) return { intent: "exists", weak: true, word: `${word} … with` };
    if (/^(?:mov|renam)/.test(word) && located) return { intent: "planned", weak: false, word: `${word} to` };
    // "Moving everything under `internal/`": where things go.
    if (/^mov/.test(word) && /\bunder\s+(?:the\s+)?$/.test(between))
      return { intent: "planned", weak: false, word: `${word} … under` };
    return { intent: "removed", weak: false, word };
  }
  if (output) {
    // "Document results in X", "log to X": X is a file still to be written. Only an imperative
    // or modal verb plans a file; "the benchmark output in X" is a noun naming an existing file.
    // Not across a parenthesis: "Report issues to security@x (PGP key in X)" names where a key is.
    if (
      IMPERATIVE_HEAD.test(head) &&
      !between.includes("(") &&
      /\b(?:in|to|into|as)\s+(?:the\s+|a\s+|an\s+)?(?:file\s+)?$/.test(between)
    )
      return { intent: "planned", weak: false, word: `${word} … ${between.trim().split(/\s+/).pop()}` };
    return { intent: "exists", weak: true, word };
  }
  return { intent: "exists", weak: true, word };
}

/** The subject of a change description: "This PR adds …", "the commit introduces …". */
const CHANGE_SUBJECT =
  /\b(?:this|the)\s+(?:pr|pull request|change|changeset|commit|patch|diff|mr|merge request|release)\s+(?:also\s+|now\s+)?$/;

/** A suggestion, not a step: "consider", "could", "might", "maybe" shortly before the verb. */
const PROPOSAL_BEFORE =
  /\b(?:consider|considering|could|might|may want to|maybe|perhaps|optionally|suggest|suggestion:|propose|proposal:|would be nice to)\s+(?:\S+\s+){0,2}$/;

/** Verbs whose object goes into a place: "added X to Y", "wired X into Y", "implemented X in Y". */
const ADDED_INTO =
  /^(?:added|implemented|integrated|included|inserted|appended|injected|registered|wired|hooked|imported|committed|pushed|landed|applied)$/i;
/** The words before a mention end with where something goes: "to the", "into", "in a". */
const INTO_PLACE = /\b(?:to|into|onto|in|inside)\s+(?:(?:the|a|an|our|its|their|this|that)\s+)?$/i;

/**
 * The words before a mention without the mentions joined to it by "and", "or" or a comma: for
 * `b` in "added to the `a` or `b` file", " to the ". A coordinated mention shares its place.
 */
function withoutCoordinated(between: string): string {
  let out = between;
  for (;;) {
    const next = out.replace(/(?:`[^`]*`|[^\s`]+)\s*(?:,\s*(?:and\s+|or\s+)?|\b(?:and|or)\s+)$/i, "");
    if (next === out) return out;
    out = next;
  }
}

function lastWords(s: string): string {
  return s.trim().split(/\s+/).slice(-2).join(" ");
}

/** "verify X exists", "check whether X exists", "if X exists". */
export function isConditional(before: string, after: string): boolean {
  // The anchored test on `after` first: it fails at once for nearly every mention.
  if (
    /^[\s)]*(?:exists?|is present|are present|is there|are there|was created|were created|has been created|is committed|is tracked|is in place|actually exists|still exists|is available)\b/.test(
      after,
    ) &&
    /\b(?:verify|verifying|check|checking|confirm|confirming|ensure|ensuring|make sure|whether|if|assert|validate|see if|test that)\b/.test(
      before,
    )
  )
    return true;
  // "If `x.py` is missing after the pull, …": what to do in a case the author does not know of.
  return IF_MISSING_AFTER.test(after) && IF_BEFORE.test(before);
}

const IF_MISSING_AFTER =
  /^[\s)]*(?:is|are)\s+(?:still\s+)?(?:missing|absent|not there|not present|gone)\b|^[\s)]*(?:does not|doesn't|do not|don't) exist\b/;
const IF_BEFORE = /\b(?:if|whether|in case|unless)\s+(?:the\s+|your\s+)?(?:file\s+)?$/;

/** "Confirm that X was updated": a check that an existing file changed relies on the file. */
export function isChangeCheck(before: string, after: string): boolean {
  return (
    /^[\s)]*(?:was|were|has been|have been|is|are|got)\s+(?:correctly\s+|properly\s+)?(?:updated|modified|changed|fixed|patched|regenerated|refreshed|bumped)\b/.test(
      after,
    ) &&
    /\b(?:verify|verifying|check|checking|confirm|confirming|ensure|ensuring|make sure|whether|assert|validate|see if|test that)\b/.test(
      before,
    )
  );
}

/**
 * Past beliefs, negations and what is gone before a mention: "assumed X existed", "the phantom
 * X", "missing X", "previously X handled this", "we no longer use X", "instead of X", "Before this
 * ADR, X ran …".
 */
/**
 * "Before this ADR, `gen-proto.sh` ran `protoc` with plugins pinned in `tools/tools.go`": the whole
 * sentence tells how things were (the names in it may hold dots).
 */
const BEFORE_THIS =
  /\bbefore this (?:adr|decision|change|pr|migration|refactor(?:ing)?|rewrite|switch|cutover|upgrade)\b(?:[^.;]|\.(?=\w))*$/;

export function historicalBefore(before: string): string | null {
  const m =
    /\b(?:assum\w*|suppos\w*|believ\w*|thought|claim\w*|(?:wrote|said|says|reported|stated) that|allegedly|hallucinat\w*|phantom|non-?existent|nonexistent|missing(?!\s+[a-z]+\s*,)|imaginary|fictional|no such file|previously|formerly|originally|used to|no longer|instead of|rather than|gone (?:together |along )?with)\b[^.;]*$/.exec(
      before,
    ) ??
    (before.includes("before this") ? BEFORE_THIS.exec(before) : null) ??
    EARLIER_WORDS.exec(before) ??
    (before.includes("(") ? NOT_THIS_NAME.exec(before) : null) ??
    REPORTED_INSTRUCTION.exec(before) ??
    (before.includes("pre-") || before.includes("Pre-") ? PRE_ERA_NAME.exec(before) : null) ??
    FORMERLY_ELSEWHERE.exec(before) ??
    MORE_EARLIER.exec(plainArabic(before));
  return m ? m[0].trim().slice(0, 60) : null;
}

/**
 * What other documents tell the reader or claim: "Every handoff since April (or 0.2) says to run
 * X", "every old handoff says apply X", "the old README tells you to deploy X", "The postmortem
 * says `X` was applied", "the W22 handover says it deployed X", "the deploy doc still says
 * migrations run from X". The sentence reports their words;
 * it asks and claims nothing itself. ("The README says", with nothing before the noun, may be this
 * very document's words.)
 */
const REPORTED_INSTRUCTION =
  /\b(?:(?:every|each|all|older|previous|earlier|other|[a-z]+['’]s)\s+(?:[a-z0-9-]+\s+){0,2}?(?:handoffs?|handovers?|docs?|documents?|notes?|readmes?|tickets?|issues?|runbooks?|wikis?|messages?|reports?|pages?|postmortems?|post-mortems?|summary|summaries|changelogs?|briefs?)|the\s+(?:[a-z0-9-]+\s+){1,3}?(?:handoffs?|handovers?|docs?|documents?|notes?|readmes?|tickets?|issues?|runbooks?|wikis?|messages?|reports?|pages?|postmortems?|post-mortems?|summary|summaries|changelogs?|briefs?)|the\s+(?:runbooks?|postmortems?|post-mortems?|reports?|summary|handovers?|changelogs?|wikis?))\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:says?|saying|said|tells?|telling|told|claims?|claiming|claimed|mentions?|mentioned|instructs?|instructed|asks?|asked|lists?|listed|links?|linked)\s+(?:(?:you\s+|us\s+|people\s+)?(?:to|that|it|they|he|she|we)\b(?:[^.;]|\.(?=\w))*|(?:(?!(?:added|created|wrote|written|built|made|generated|implemented|shipped|committed|pushed)\b)[a-z]+\s+){0,5}[`'"*_]*)$/;

/**
 * "The pre-SQLModel `app/orm_models.py` used raw SQLAlchemy", "(pre-Kaspi) `x.py`": the file of an
 * era named by what replaced it. Not a hook or a step named "pre-…" (`pre-commit`, `pre-release`).
 */
const PRE_ERA_NAME =
  /(?:\bthe|\()\s*pre-(?!commit|push|receive|merge|rebase|install|build|release|process|requisite|flight|fetch|render|load|compute|generated|existing|built|made|set|defined|trained|configured|populated|filled|seeded|prod)[a-z][\w.-]*\)?\s+[`'"*_]*$/i;

/**
 * "it's `scripts/ui/hud.gd` now (not `scripts/hud.gd`)", "(no longer X)": the name it had. A bare
 * "(not X)" may correct a misspelling the reader should not follow, and is left to the rules.
 */
const NOT_THIS_NAME = /(?:\bnow\s*[`'"*_]*\s*\(\s*not|\(\s*(?:no longer|previously))\s+[`'"*_]*$/;

/** "(dawniej `store.go`)", "(eskiden X)", "(früher X)": "formerly" in other languages, in a parenthesis. */
const FORMERLY_ELSEWHERE =
  /\((?:dawniej|wcześniej|poprzednio|eskiden|önceden|früher|anciennement|antes|antigamente|precedentemente|prima|ранее|раньше)\s*[`'"]*$|(?:^|[,;])\s*(?:eskiden|önceden)\s+[`'"]*$/;

/**
 * The author's own earlier words and the time before a change: "in my first message I said the
 * parser lives in X", "pre-restructure the loader was X", "before the rename it was X"; and what
 * never reached the repository: "the PDF is still only on my laptop (X)", "never commit X".
 */
const EARLIER_WORDS =
  /(?:\bin my (?:first|earlier|previous|last|original) (?:message|handoff|note|reply|comment|update|summary)|(?<!\bas )\b(?:i|we) (?:said|claimed|stated)\b|\bpre-(?:restructure|refactor|migration|rename|move|reorg|reorgani[sz]ation|split|rewrite|cutover|(?=[a-z-]*\d)[a-z0-9-]+)\b|\bpr[ée]-(?:refatora|refactoriza|migra|reestrutura|reestructura)|\bpre-v?\d+(?:\.\d+)+\b|\bbefore v?\d+(?:\.\d+)+\b|\bbefore the (?:restructure|refactor|migration|rename|move|reorg|split|rewrite|cutover)\b|(?<!\bfor\s+(?:\w+\s+){0,2})\b(?:before|until|till|prior to)\s+(?:19|20)\d\d\b(?!,?\s+(?:run|use|see|read|check|open|look|are|is)\b)|^\s*pre-(?!commit|push|receive|merge|rebase|install|build|release|process|requisite|flight|fetch|render|load|compute|generated|existing|built|made|set|defined|trained|configured|populated|filled|seeded)[a-z]+\b)(?:[^.;]|\.(?=\S))*$|\b(?:only on (?:my|the|a) (?:machine|laptop|box|computer)|on my (?:machine|laptop)|not (?:yet )?committed)\b[^.;,]*$|\b(?:never|don't|do not|must not|should not|shouldn't)\s+(?:commit|check in|push)\s+(?:the\s+|any\s+|your\s+)?$/;

/**
 * Data a program writes when it runs ("the script writes results to `results/summary.csv`",
 * "state is stored in `state/checkpoint.pkl`"): an output, not a file of the repository. Only for
 * data files and folders: "the fix is saved in `src/fix.py`" says where code is.
 */
const RUNTIME_ACTIVE =
  /\b(?:writes|saves|stores|outputs|dumps|exports|emits|persists|records|logs|appends|caches|downloads|generates|produces|creates)\b/g;
const DETERMINER_BEFORE =
  /\b(?:the|a|an|raw|all|these|those|its|their|our|your|my|his|her|some|any|old|new|full|audit|error|debug|server|build|test)\s+$/;
const RUNTIME_PASSIVE =
  /\b(?:is|are)\s+(?:written|saved|stored|dumped|exported|logged|persisted|cached|downloaded|generated|produced|created|emitted|recorded|appended|kept|placed)\s+(?:to|in|into|under|at|as)\s+(?:the\s+|a\s+|an\s+)?$/;
/** "Output goes to X", "logs go to X"; not the imperative "go to X", which sends the reader there. */
const RUNTIME_GOES =
  /\b(?:goes|lands|ends up|(?:logs|outputs|results|files|data|artifacts|reports|dumps) (?:go|land|end up))\s+(?:to|in|into|under)\s+(?:the\s+|a\s+|an\s+)?$/;
/** Subjects that are the repository's own content, not a run's output. */
const REPO_CONTENT =
  /\b(?:diagrams?|docs|documents?|documentation|notes|specs?|adrs?|decisions|runbooks?|templates?|images?|screenshots?|assets|icons?|examples?|fixtures?|schemas?|migrations?|scripts?|sources?)\b/;
const DATA_FILE =
  /(?:\/|\.(?:csv|tsv|json|jsonl|ndjson|log|txt|html?|pkl|pickle|parquet|db|sqlite3?|png|jpe?g|gif|svg|pdf|xml|zip|gz|tgz|tar|npy|npz|pt|pth|ckpt|safetensors|h5|hdf5|onnx|bin|out|xlsx?|arrow|feather|avro|mp4|wav|mp3|trace|prof|heapsnapshot|cpuprofile))$/i;

/** Dumps, exports and recordings: files a run leaves behind, never configuration or code. */
const DUMP_FILE =
  /(?:\/|\.(?:csv|tsv|jsonl|ndjson|log|pkl|pickle|parquet|db|sqlite3?|pdf|zip|gz|tgz|tar|npy|npz|pt|pth|ckpt|safetensors|h5|hdf5|onnx|bin|out|xlsx?|arrow|feather|avro|mp4|webm|wav|mp3|trace|har|prof|heapsnapshot|cpuprofile))$/i;
const MEDIA_FILE = /\.(?:png|jpe?g|gif|webp|mp4|webm|mov)$/i;
/** A past output verb, right before the mention or one preposition away: "exported … to X". */
const RUNTIME_PAST =
  /\b(?:saved|stored|dumped|exported|logged|recorded|captured|downloaded|uploaded|cached|persisted)\b/g;
/** A label naming a run's output: "Benchmark output: X", "Artifacts: X". */
const OUTPUT_LABEL = /\b(?:outputs?|results?|artifacts?|traces?|recordings?|dumps?|exports?)\s*$/;

/**
 * A file a run left behind, named in a report: "exported the dashboard to `x.pdf`", "Screenshot
 * saved as `login.png`", "Benchmark output: `results.json`". Such a file is rarely committed and a
 * missing one is no phantom. Configuration, code and documents keep their reading: a report that
 * says it saved `config/app.json` claims a change to commit.
 */
export function runOutput(before: string, path: string, label: string | null): string | null {
  if (MEDIA_FILE.test(path) && /\bscreen(?:shot|cap|[- ]capture|[- ]recording)s?\b/.test(before))
    return "a screenshot or recording";
  if (label && DATA_FILE.test(path)) {
    const m = OUTPUT_LABEL.exec(label.toLowerCase());
    if (m) return `listed as '${m[0].trim()}'`;
  }
  if (!DUMP_FILE.test(path)) return null;
  RUNTIME_PAST.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = RUNTIME_PAST.exec(before); m !== null; m = RUNTIME_PAST.exec(before)) last = m;
  if (!last) return null;
  const between = before.slice(last.index + last[0].length).trim();
  const words = between === "" ? [] : between.split(/\s+/);
  if (words.length > 4) return null;
  // "Decisions are recorded as ADRs in `docs/adr/`": documents kept in the repository.
  if (REPO_CONTENT.test(between) || REPO_CONTENT.test(before.slice(Math.max(0, last.index - 30), last.index)))
    return null;
  return `${last[0]}${words.length > 0 ? ` … ${words.at(-1)}` : ""}`;
}

/** A file fetched from elsewhere: "download `get-pip.py`", "downloads `install.sh` first". */
// Not "PDF download in `portal.py`": the feature, and the file that serves it.
const DOWNLOAD =
  /\bdownload(?:s|ed|ing)?\s+(?:(?:the|a|an|your|their|its)\s+)?(?:(?!(?:in|at|via|through|from|by)\s)\w+\s+)?['"]?$/;
const READERS_OWN = /\byour\s+(?:own|local)\s+['"]?$/;
const SERVED_AT = /\b(?:served|hosted|mounted|published|reachable|exposed|routed)\s+(?:under|at)\s+['"]?$/;
/** A kind of file, not one file: "`.nvmrc` files", "any `.python-version` file". */
const KIND_BEFORE = /\b(?:any|each|every)\s+['"]?$/;
const KIND_AFTER = /^['"]?\s+files\b|^['"]?\s+file\b/;

/**
 * A file named as a kind of file ("`.python-version` files are read", "any `.nvmrc` file") or
 * fetched from elsewhere ("download `get-pip.py`"): not a file of this repository. Bare names
 * only: "the `src/api/` files" are files in a folder of the repository.
 */
export function notThisFile(before: string, after: string, path: string): string | null {
  if (before.includes("download") && DOWNLOAD.test(before)) return "downloaded, not a repository file";
  // "paste your own `tokenfmt.config.json`": the reader's file, from the reader's machine.
  if (before.includes("your") && READERS_OWN.test(before)) return "the reader's own file ('your own')";
  // "2.x pages are served under `/docs/2.x/`": where a site puts its pages, a URL path.
  if (path.startsWith("/") && SERVED_AT.test(before)) return "a URL path the site serves";
  if (path.includes("/")) return null;
  if (/^['"]?\s+files\b/.test(after)) return "a kind of file ('files')";
  if (KIND_BEFORE.test(before) && KIND_AFTER.test(after))
    return `a kind of file ('${before.trim().split(/\s+/).at(-1)} … file')`;
  // "A segment folder holds a `page.tsx` and, optionally, an `error.tsx`": what any such folder
  // may hold, not one file of this tree.
  if ((before.endsWith("a ") || before.endsWith("an ")) && ANY_HOLDER.test(before))
    return "a kind of file any such folder holds ('a … holds a')";
  return null;
}

/** A generic holder and what it holds: "a segment folder holds a", "each package has an". */
const ANY_HOLDER =
  /\b(?:a|an|each|every|any)\s+(?:[\w-]+\s+)?(?:folder|directory|segment|route|package|module|crate|app|service|component|plugin|page|project|workspace)\s+(?:(?:usually|typically|also|then|may|can|must|should|will)\s+)?(?:holds?|has|have|contains?|needs?|gets?|carries|includes?)\b(?:[^.;]|\.(?=\S))*\b(?:a|an)\s+$/;

/** "Please attach `config.log`": a file from the reader's machine; not "attached to `x.py`". */
const ATTACH = /\battach(?:ing|ed)?\b(?!\s+to\b)/;
/** How a shell command names the file it writes: `| tee x`, `> x`, `>> x`, `-o x`, `--output=x`. */
const WRITES_TO =
  /(?:\btee(?:\s+-a)?|>>?|(?:^|\s)-o|--(?:output|out|log-?file|outfile)(?:=|\s))\s*['"]?(?:\.\/)?$/;

/**
 * A file a command in the same sentence writes ("run `make 2>&1 | tee build.log` and attach
 * `build.log`"), or one the reader is asked to attach: output of a run on someone's machine, not a
 * file of the repository.
 */
export function writtenOrAttached(
  before: string,
  sentence: string,
  path: string,
  lead: string | null,
): string | null {
  if (DATA_FILE.test(path)) {
    if (before.includes("attach") && ATTACH.test(before)) return "a file to attach";
    // "please attach:" ending the item or label a list of files hangs from.
    const tail = lead?.slice(-40).toLowerCase() ?? "";
    if (tail.includes("attach") && ATTACH.test(tail) && /attach(?:ing)?\b[^a-z]*$/.test(tail))
      return "a file to attach";
  }
  const name = path.toLowerCase();
  for (let at = sentence.indexOf(name); at > 0; at = sentence.indexOf(name, at + 1)) {
    // The name whole (not `out.json` inside `out.json5`; a full stop may follow), after a writing
    // operator or option.
    if (/^(?:[\w-]|\.\w)/.test(sentence.slice(at + name.length, at + name.length + 2))) continue;
    const op = WRITES_TO.exec(sentence.slice(Math.max(0, at - 24), at));
    if (op) return `written by a command ('${op[0].trim()} ${name}')`;
  }
  return null;
}

/** "watch `wp-content/debug.log` on the server": a file of a running system, not of the repository. */
const ON_A_HOST =
  /^\s+on (?:the |our |a |each |every |that )?(?:server|host|box|vm|instance|pod|container|device|node)s?\b/;
const RUNTIME_FILE = /\.(?:log|out|err|pid|csv|tsv|jsonl|ndjson)$/i;

export function onAHost(after: string, path: string): string | null {
  if (!RUNTIME_FILE.test(path)) return null;
  const m = ON_A_HOST.exec(after);
  return m ? m[0].trim() : null;
}

export function runtimeOutput(before: string, path: string): string | null {
  if (!DATA_FILE.test(path)) return null;
  const passive = RUNTIME_PASSIVE.exec(before) ?? RUNTIME_GOES.exec(before);
  // "Diagrams for all ADRs are kept in `docs/diagrams/`": documents and assets kept in a folder
  // are the repository's own, not what a run writes.
  if (passive && REPO_CONTENT.test(before.slice(Math.max(0, passive.index - 40), passive.index))) return null;
  if (passive) return passive[0].trim();
  RUNTIME_ACTIVE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = RUNTIME_ACTIVE.exec(before); m !== null; m = RUNTIME_ACTIVE.exec(before)) {
    // "the raw logs in X", "its records in X": a plural noun, not the verb.
    if (!DETERMINER_BEFORE.test(before.slice(Math.max(0, m.index - 12), m.index))) last = m;
  }
  if (!last) return null;
  // At most four words between the verb and the mention, ending with where it goes or with
  // the object itself: "writes results to X", "stores its state in X", "creates X".
  const between = before.slice(last.index + last[0].length).trim();
  const words = between === "" ? [] : between.split(/\s+/);
  if (words.length > 4) return null;
  const end = words.at(-1);
  if (end !== undefined && !/^(?:to|in|into|under|at|as|the|a|an)$/.test(end) && words.length > 2)
    return null;
  return `${last[0]}${words.length > 0 ? ` … ${end}` : ""}`;
}

/**
 * Another repository's file: "(not in this repo)", "in the infra repo", "the deploy repo has X".
 * The check sees one repository; a file said to live in another is not its business.
 */
const OTHER_REPO_AFTER =
  /^[\s"'`)]*[(,—–-]?\s*(?:(?:which|that|it)\s+(?:is|are|lives?|sits?)\s+)?(?:[^()]{0,80}?[;,]\s*not (?:in|to|part of) this (?:repo|repository)\b|not in this (?:repo|repository)|(?:in|from) (?:the |an? )?(?!the\b|an?\b|this\b|our\b|same\b|current\b|main\b)[\w.-]+ (?:repo|repository)\b|(?:is|are|lives? in|is kept in|are kept in) (?:a |an |its own |their own )?(?:separate|different|another|other|external|own) (?:repo|repository)\b)/;
/** A pull request to another repository (`owner/name`), and then what it changes there. */
const PR_ELSEWHERE =
  /\b(?:pr|pull request|merge request|mr)\s+(?:to|against|in|on)\s+[`'"]?[\w.-]+\/[\w.-]+[`'"]?(?:[^.;`]|`[^`]{0,200}`){0,60}$/;
const OTHER_REPO_BEFORE =
  /\b(?:(?:the|a|an|another|other|separate) (?!the\b|an?\b|this\b|our\b|same\b|current\b|main\b)[\w.-]+ (?:repo|repository) (?:has|have|holds|contains|keeps)|(?:in|from) (?:the |an? )?(?:other|another|separate|external|upstream|[\w.-]+-(?:infra|deploy|config|ops)) (?:repo|repository)(?:'s)?)\s*[:"'`(]*$/;

/**
 * "… in the upstream abapGit repo, not ours", "from the perf team's repo (not ours)": a repository
 * the words name as someone else's.
 */
const SOMEONE_ELSES_REPO_AFTER =
  /^[`'"*_]*\s*(?:\(\s*)?(?:in|from|of)\s+(?:the\s+)?(?!(?:our|this|my|same|main)\b)(?:upstream|other|another|separate|(?:his|her|their)(?:\s+own)?|(?:[\w.@-]+\s+){0,2}[\w.@-]+(?:'s|’s))(?:\s+[\w.@-]+){0,2}\s+(?:repo|repository)\b/;

export function otherRepository(before: string, after: string): string | null {
  // "PR to `obsidianmd/obsidian-releases` adding the entry to `community-plugins.json`".
  const pr = PR_ELSEWHERE.exec(before);
  if (pr) return pr[0].trim();
  if (!before.includes("repo") && !after.includes("repo")) return null;
  const a =
    OTHER_REPO_AFTER.exec(after) ?? (after.includes("repo") ? SOMEONE_ELSES_REPO_AFTER.exec(after) : null);
  if (a) return a[0].replace(/^[\s"'`)(,—–-]+/, "").trim();
  const b = OTHER_REPO_BEFORE.exec(before);
  return b ? b[0].trim() : null;
}

/**
 * A move or rename written with an arrow: "moved `a.py` → `b.py`", "`x.py` -> `y.py` (renamed)".
 * The name before the arrow is gone and the one after it was made; in a plan ("rename `a.py` →
 * `b.py`") the new name is still to come. Without a move word an arrow is a flow (`api.py` →
 * `db.py`) and says nothing about either file. `context` gives the sentence, with the heading, label
 * and parent item where the move word may be instead ("## What I moved").
 */
export const ARROW_AFTER = /^[`'"*_\s]*(?:→|->|=>|⟶|⇒)/;
const ARROW_BEFORE = /(?:→|->|=>|⟶|⇒)[`'"*_\s]*$/;
const MOVED =
  /\b(?:moved|renamed|relocated|migrated|git mv|renames|reorgani[sz]ed|replaces|replaced|changed|history|split out)\b/;
const MOVE = /\b(?:move|rename|relocate|migrate|migration|mv|restructur\w*|reorg\w*)\b/;

export function arrowMove(
  before: string,
  after: string,
  context: () => string,
): { intent: Intent; phrase: string; tentative?: boolean } | null {
  const old = ARROW_AFTER.test(after);
  const neu = !old && ARROW_BEFORE.test(before);
  if (!old && !neu) return null;
  const sentence = context();
  const past = MOVED.exec(sentence) ?? FOREIGN_MOVED.exec(sentence) ?? MORE_MOVED.exec(plainArabic(sentence));
  if (past)
    return old
      ? { intent: "removed", phrase: `${past[0]} from` }
      : { intent: "created", phrase: `${past[0]} to` };
  const plan = MOVE.exec(sentence);
  if (plan && neu) return { intent: "planned", phrase: `${plan[0]} to` };
  // "Package restructure (`pkg/` → `internal/`)": whether the move is done or to come, the old
  // name is not one the reader is sent to. Tentative: it says nothing of other mentions.
  if (plan && old) return { intent: "removed", phrase: `${plan[0]} from`, tentative: true };
  return null;
}

/** "Merged `a.md` and `b.md` into `c.md`": the files before "into" were folded away. */
const FOLDED = /\b(?:merged|consolidated|combined|folded|squashed)\b/;
/** "into" later in the sentence; a dot inside a file name does not end it. */
const INTO_LATER = /^(?:[^.;]|\.(?=\w)){0,120}?\binto\b/;

/** "Refactored `src/swe_all.f90` into modules", "split X into": the mention is what was broken up. */
const BROKEN_UP =
  /\b(?:split(?:\s+up)?|refactored|broke(?:n)?\s+up|carved\s+up)\s+(?:the\s+)?(?:old\s+|original\s+|monolithic\s+|big\s+|single\s+)?[`'"*_]*$/i;

export function foldedAway(before: string, after: string): string | null {
  const m = FOLDED.exec(before) ?? BROKEN_UP.exec(before);
  return m && INTO_LATER.test(after) ? `${m[0].replace(/[`'"*_\s]+$/, "")} … into` : null;
}

/** "There is no X", "no such file X": the author says the file does not exist. */
/**
 * "Il n'y a pas (encore) de X", "No hay X", "Não há X", "Non c'è X": there is no X, in French,
 * Spanish, Portuguese and Italian.
 */
const NO_SUCH_ROMANCE_BEFORE =
  /(?:\bil n['’]y a pas|\bno hay|\bnão há|\bnao ha|\bnon c['’]è|\bnão existe|\bnao existe|\bainda não existe|\bno existe)\s+(?:encore\s+|todavía\s+|ainda\s+|ancora\s+)?(?:de\s+|d['’]|un\s+|una\s+|nenhum\s+|nessun\s+)?(?:fichier\s+|archivo\s+|arquivo\s+|file\s+|carpeta\s+|dossier\s+|pasta\s+|cartella\s+)?[“"'‘(*_]*$/;
/** "I can't find `updater.rs` on the branch": the author looked and it is not there. */
const CANT_FIND_BEFORE = /\b(?:i|we)\s+(?:can't|cannot|can not|couldn't|could not)\s+find\s+[“"'‘(*_]*$/;
const NO_SUCH_BEFORE =
  /\b(?:there\s+(?:is|are|was|were)\s+no|there(?:'s|’s)\s+no|there\s+(?:isn't|aren't|wasn't|weren't|is not|are not)\s+(?:a|an|any)|no such)(?:\s+(?:file|folder|directory|module|script|doc|document|page|such|longer a|longer any))?\s*[“"'‘(*_]*$/;
const NO_BEFORE = /(?:^|[^\w'’])no\s*[“"'‘(*_]*$/;
/** "There is no `ios/` or `android/` folder": the second name is as absent as the first. */
const NO_SUCH_JOINED =
  /\b(?:there\s+(?:is|are|was|were)\s+no|there(?:'s|’s)\s+no|no such)\s+`[^`\n]{1,120}`\s*(?:,|or|nor|and)\s*[`'"]*$/;
/**
 * "Neither `seed.sh` nor `reset.sh` is on `main`", "neither … exists yet": both names, when what
 * follows says where they would be (not "neither … is used", which speaks of files that are there).
 */
const NEITHER_BEFORE = /\bneither\s*[`'"*_]*$|\bneither\s+`[^`\n]{1,120}`\s*,?\s*nor\s*[`'"*_]*$/;
const NEITHER_AFTER =
  /^(?:[^.;`]|`[^`\n]{0,120}`){0,160}?\b(?:exists?|(?:is|are|was|were|has been|have been|got)\s+(?:yet\s+|actually\s+|ever\s+)?(?:in|on|there|committed|tracked|pushed|created|written|added|present|checked in|merged|versioned)\b)/;
/** "no `setup.py` file", "no `block.json` anywhere", "no `tests/` yet", "when no .eslintrc is present". */
const NOUN_AFTER =
  /^[\s”"'’)*_]*(?:(?:file|folder|directory|module|script)s?\b|(?:anywhere|yet|at all|exists?|(?:is|are) (?:present|there|found))\b)/;
/** "Java packages do not need a `package-info.java` here", "no need for a `Makefile`". */
const NO_NEED_BEFORE =
  /\b(?:(?:do|does|did)\s*(?:not|n['’]t)|never)\s+need(?:ed)?\s+(?:a|an|any|the)?\s*[“"'‘(*_]*$|\bno need for\s+(?:a|an|any|the)?\s*[“"'‘(*_]*$/;
/** "waiting on X", "blocked on X": a dependency that is not there yet. */
const AWAIT_BEFORE =
  /\b(?:waiting|wait|waits|awaiting|blocked|pending)(?:\s+(?:on|for|until))?(?:\s+(?:the|a|new))?\s*[“"'‘(*_]*$/;
/**
 * "Wait for Mara to commit X", "until Ines pushes X", "waiting on the payments team to land X":
 * made, not yet in the repository.
 */
const AWAIT_COMMIT_BEFORE =
  /\b(?:wait(?:ing)?\s+(?:for|until|on)\s+[\w@.-]+(?:\s+[\w@.-]+){0,2}\s+to\s+(?:commit|push|check in|upload|land|merge)|until\s+[\w@.-]+\s+(?:commits|pushes|checks in|uploads|lands|merges))\s+(?:the\s+|her\s+|his\s+|their\s+)?[“"'‘(*_`]*$/;
/** "wait for X to finish": X is running, so it exists. */
const AWAIT_RUN_AFTER =
  /^[\s)"'”’*_]*(?:to|is\s+to)\s+(?:finish|complete|run|return|exit|end|pass|succeed|load|deploy|build)\b/;

/** "We are considering a `deploy/k8s/` folder": an idea, not a folder that is there. */
const CONSIDERING_BEFORE =
  /\b(?:considering|consider|thinking about|thinking of)\s+(?:a|an|adding(?:\s+a|\s+an)?|creating(?:\s+a|\s+an)?|introducing(?:\s+a|\s+an)?)\s*[“"'‘(*_]*$/;

/** A cue right before a mention that the file is not there: "there is no X", "waiting on X". */
export function absenceBefore(before: string, after: string): { intent: Intent; phrase: string } | null {
  const no = NO_SUCH_BEFORE.exec(before) ?? (before.includes("no `") ? NO_SUCH_JOINED.exec(before) : null);
  if (no) return { intent: "historical", phrase: no[0].trim() };
  const neither = before.includes("either") ? NEITHER_BEFORE.exec(before) : null;
  if (neither && NEITHER_AFTER.test(after)) return { intent: "historical", phrase: "neither … nor" };
  const none =
    before.includes("a pas") ||
    before.includes("hay") ||
    before.includes("há") ||
    before.includes("c'") ||
    before.includes("existe")
      ? NO_SUCH_ROMANCE_BEFORE.exec(before)
      : null;
  if (none) return { intent: "historical", phrase: none[0].trim() };
  const looked = before.includes("find") ? CANT_FIND_BEFORE.exec(before) : null;
  if (looked) return { intent: "historical", phrase: looked[0].trim() };
  // "No `setup.py` file exists", "no `tests/` folder yet", "and no `block.json` anywhere".
  if (NO_BEFORE.test(before) && NOUN_AFTER.test(after)) return { intent: "historical", phrase: "no … file" };
  const unneeded = before.includes("need") ? NO_NEED_BEFORE.exec(before) : null;
  if (unneeded) return { intent: "historical", phrase: unneeded[0].trim() };
  // "Wait for Mara to commit X": it exists, on someone's machine only.
  const handed = AWAIT_COMMIT_BEFORE.exec(before);
  if (handed) return { intent: "historical", phrase: handed[0].trim() };
  const wait = AWAIT_BEFORE.exec(before);
  if (wait && !AWAIT_RUN_AFTER.test(after)) return { intent: "planned", phrase: wait[0].trim() };
  const idea =
    before.includes("consider") || before.includes("thinking") ? CONSIDERING_BEFORE.exec(before) : null;
  if (idea) return { intent: "planned", phrase: idea[0].trim() };
  return null;
}

/** After a mention in an unchecked item: "- [ ] X deployed to Render" relies on X as it is. */
const RELIED_AFTER =
  /^[\s:)—–-]*(?:is\s+|are\s+|gets?\s+|got\s+)?(?:deployed|running|runs|live|working|works|passing|passes|reviewed|merged|released|published|verified|served|loaded|executed|updated|fixed|patched|migrated|configured|wired|documented|tested|refactored|cleaned up|deleted|removed)\b/;

export function reliedAfter(after: string): string | null {
  const m = RELIED_AFTER.exec(after);
  return m ? m[0].replace(/^[\s:)—–-]+/, "").trim() : null;
}

/** Participles in a goal that say the file is changed, not made: "- [ ] X updated" relies on X. */
export const MODIFY_WORD =
  /^(?:updated|modified|edited|changed|fixed|patched|refactored|rewrote|rewritten|extended|adjusted|tweaked|amended|revised|migrated|converted|touched|wired|applied)$/;

/**
 * Quoted speech around a mention: `says "deploy api.py"`. The mention must sit inside an open
 * quote that closes after it, and the quote must hold more than the name itself (quoting a name
 * for emphasis, `open "a.py"`, is not speech).
 */
export function quotedSpeech(before: string, after: string): boolean {
  if (!/["“‘'„«]/.test(before)) return false;
  let open = -1;
  let closer = "";
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (c === '"') {
      if (open >= 0 && closer === '"') open = -1;
      else if (open < 0) {
        open = i;
        closer = '"';
      }
    } else if (c === "“" && open < 0) {
      open = i;
      closer = "”";
    } else if (c === "„" && open < 0) {
      // „…” in Romanian and Polish, „…“ in German.
      open = i;
      closer = /”/.test(after) ? "”" : "“";
    } else if (c === "«" && open < 0) {
      open = i;
      closer = "»";
    } else if (
      (c === "”" && closer === "”") ||
      (c === "»" && closer === "»") ||
      (c === "“" && closer === "“")
    )
      open = -1;
    else if (c === "‘" && open < 0) {
      open = i;
      closer = "’";
    } else if (c === "’" && closer === "’" && !/[a-z]/.test(before[i + 1] ?? "")) open = -1;
    else if (c === "'" && open < 0 && (i === 0 || /[\s(:]/.test(before[i - 1]!))) {
      open = i;
      closer = "'";
    } else if (c === "'" && closer === "'" && open >= 0 && !/[a-z]/.test(before[i + 1] ?? "")) open = -1;
  }
  if (open < 0) return false;
  const close = after.indexOf(closer);
  if (close < 0) return false;
  return /[a-z]{2,}\s/.test(before.slice(open + 1)) || /\s[a-z]{2,}/.test(after.slice(0, close));
}

/** What a heading, label or table header says about the files listed under it. */
export interface SectionCue {
  intent: Intent;
  /** `list`: the section lists files in that state; `mood`: the section is a plan or criteria. */
  strength: "list" | "mood";
  /** Checkmarks under it are targets, not claims. */
  criteria: boolean;
  /**
   * A list of what is not committed ("Other untracked files"): true of the files under it, but no
   * word on what the rest of the document asks of them ("run `./tool/x.sh`" still needs it).
   */
  untracked?: boolean;
}

const FILEISH =
  "files?|docs?|documents?|documentation|artifacts?|deliverables?|outputs?|code|scripts?|tests?|modules?|components?|pages?|assets?";

const PLANNED_LIST = [
  new RegExp(
    `\\b(?:${FILEISH})\\s+(?:to|we'll|we will|that will|will|must|should|that need to)\\s+(?:be\\s+)?(?:create|add|write|build|implement|generate|produce)`,
  ),
  new RegExp(`\\b(?:new|proposed|planned|expected|required|future|upcoming)\\s+(?:${FILEISH})\\b`),
  // "New layout:", "Proposed structure": a tree of files to come. Only as what the label is about:
  // "DAG for the new layout: see X" points at a picture of it.
  /^\W*(?:the\s+|our\s+|a\s+)?(?:new|proposed|planned|expected|required|future|upcoming)\s+(?:structure|layout|tree)\b/,
  /^\W*(?:to create|to add|to write|to build|to do|todo|to-do|planned|proposed)\b/,
];
/** "Still to do", "⚠️ Remaining", "Not done yet", "Not built yet", "Remaining / not started": work left, a mood. */
const WORK_LEFT =
  /^\W*(?:(?:still|left)\s+to\s+do|not (?:yet )?(?:done|started|built|implemented|written)(?: yet)?|remaining|in progress|wip)\b[^.]{0,25}$/;
const HISTORICAL_LIST =
  /\b(?:missing|phantom|non-?existent|does not exist|do not exist|not found|never (?:created|committed|written|migrated|ported|copied|moved))\b/;
/** Lists the reader is asked to rely on: members of a consolidation, references, sources. */
const RELIED_LIST =
  /\b(?:consolidates|this handoff (?:merges|combines|supersedes)|merges|combines|related (?:handoffs|documents|docs|files|reading)|see also|further reading|reading list|required reading|read first|references|sources|source documents)\b/;
const UNTRACKED_LIST =
  /\b(?:untracked|uncommitted|unstaged|not (?:yet\s+)?(?:committed|tracked|staged|pushed|checked in)|local[- ]only|gitignored|only on my (?:machine|laptop|computer))\b/;
const CLAIM_WORDS =
  /\b(?:created|added|written|generated|implemented|new|modified|changed|updated|changes|delivered|shipped)\b/;
const REMOVED_LIST = [
  // "## Silinenler", "## Usunięte pliki", "## Удалённые файлы": what was deleted.
  /^\W*(?:silinenler|silinen dosyalar|kaldırılanlar|usunięte(?: pliki)?|удал[её]нные(?: файлы)?)\W*$/,
  new RegExp(`\\b(?:${FILEISH})\\b[^.]{0,30}\\b(?:deleted|removed|deprecated|obsolete|retired|dropped)\\b`),
  // ("Removed from Dawn because the client didn't want them: `a`, `b`": a reason may follow.)
  /^\W*(?:deleted|removed|deprecated|obsolete|retired|dropped)\b[^.]{0,60}$/,
  // "5. Things I removed", "What we deleted".
  /^\W*(?:\d+\.\s*)?(?:things|files|what|stuff)\s+(?:i|we)\s+(?:removed|deleted|dropped|retired)\b/,
  // "Changesets consumed (deleted by `changeset version`)", "Changesets consumed (and deleted) by
  // `pnpm changeset version`": a label whose parenthesis says so.
  /^\W*[a-z][\w -]{0,30}\(\s*(?:and\s+)?(?:deleted|removed)\b[^)]{0,40}\)?(?:\s+by\s[^.()]{0,60})?\W*$/,
];
const CREATED_LIST = [
  new RegExp(
    `\\b(?:${FILEISH}|changes)\\b[^.]{0,40}\\b(?:created|added|modified|changed|updated|written|generated|touched|edited|committed|produced|delivered|implemented|shipped|affected|uncommitted|untracked)\\b`,
  ),
  /\b(?:created|added|modified|changed|updated|written|generated|implemented|new|untracked|uncommitted)\s+(?:files?|docs?|documents?|documentation|scripts?|modules?|tests?)\b/,
  /^\W*(?:created|added|modified|changed|updated|implemented|completed|done|shipped|delivered|written|generated)\b[^.]{0,25}$/,
  // "File creati", "File modificati", "Archivos creados", "Fichiers modifiés", "Arquivos criados",
  // "Изменённые файлы", "Новые файлы".
  /(?:изменённые|измененные|новые|созданные|добавленные) файлы/,
  // "Değişen dosyalar", "Yeni dosyalar", "Zmienione pliki", "Nowe pliki".
  /(?:değişen|değiştirilen|yeni|eklenen|oluşturulan) dosyalar|(?:zmienione|nowe|dodane|utworzone) pliki/,
  // "Que se fixo" (Galician), "O que foi feito", "Lo que se hizo", "Cosa è stato fatto": what was done.
  /(?:^|[^\p{L}])(?:que se fixo|o que foi feito|que se hizo|qué se hizo|cosa [eè] stato fatto|ce qui a été fait)(?![\p{L}])/u,
  // "Erstellte Dateien", "Geänderte Dateien", "Neue Dateien".
  /(?:erstellte|neue|geänderte|hinzugefügte|angelegte|bearbeitete) dateien/,
  /\b(?:file|archivos?|ficheiros?|fichiers?|arquivos?|fitxers?)\s+(?:creat[ie]|creats|modificats|afegits|nous|modificat[ie]|aggiunt[ie]|nuovi|cread[oa]s|modificad[oa]s|añadid[oa]s|nuevos|créés|modifiés|ajoutés|nouveaux|criad[oa]s|adicionad[oa]s|novos)(?![\p{L}])/u,
  /\b(?:changes made|what (?:was|i|we) (?:did|done|changed|built|created)(?! not\b)|what (?:exists|is there|is in place) (?:now|today)|work (?:completed|done)|completed (?:work|tasks|improvements|items)|summary of changes|files with (?:uncommitted )?changes|untracked)\b/,
  // "Changelog" as the whole heading lists changes; "Update the changelog" or "view the changelog
  // history" (a how-to step, a navigation label) does not.
  /^\W*(?:changelog|change log)\W*$/,
  /✅/,
];
// "Targets" only in a short heading ("Targets", "Q3 targets", "Target layout"): "the link targets
// were never migrated" and "Link target" name where something points, not a goal.
const CRITERIA =
  /\b(?:acceptance criteria|success criteria|definition of done|goals?|^\W*(?:(?!link|redirect|symlink|build|make|bazel|deploy|move|copy|rename|anchor|jump)[\w-]+\s+)?targets?(?:\s+(?:[\w-]+\s+)?[\w-]+)?(?=\W*$)|objectives?|expected (?:outcomes?|results?)|success metrics|exit criteria|graduation criteria)\b/;
const PLAN_MOOD =
  /\bneeds? to be (?:written|created|added|built)\b|待办|下一步|后续工作|计划|予定|reikės sukurti|reikia sukurti|bus sukurt|\ba criar\b|\bpor crear\b|\ba crear\b|\bproposta\b|\bnoch zu erstellen\b|\bzu erstellen\b|\bpropostes\b|\bpropuestas?\b|(?:^|[\s(])à créer\b|\b(?:geplant|prévus?|prochaines étapes|próximos pasos|próximos passos|nächste schritte|prossimi passi|da fare|da creare|da scrivere|next week|prossima settimana|próxima semana|semana que vem|semana que viene|semaine prochaine|nächste woche|ideas|wishlist|someday|nice[- ]to[- ]haves?)|планы|следующие шаги|ещё не сделано|еще не сделано|что осталось|planowane|do zrobienia|następne kroki|planlanan|yapılacaklar|sonraki adımlar(?![a-zà-ÿ])|\b(?:next steps?|todo|to-?do|plans?|planned|planning|proposed|proposal|roadmap|future(?: work)?|follow[- ]?ups?|action items?|tasks?(?!\s+(?:config|configs|configuration|definitions?|runner|queue|files?)\b)|deliverables?|milestones?|backlog|upcoming|remaining work|open items|pending|phase \d+|week \d+|sprint \d*|short-term|medium-term|long-term|recommendations?|recommended actions?|blocked by|prerequisites)\b/;

/** A label that is only "Next", "Up next", "Tomorrow": what comes after this log entry. */
const NEXT_LABEL =
  /^\W*(?:next|next up|up next|tomorrow|later|not yet|next (?:report|week's report|issue|edition|session|sync|meeting|update|review|retro|standup))\W*$/;

const sectionMemo = new Map<string, SectionCue | null>();

/** What a heading, label or column header says about the files under it (memoised: headings repeat). */
export function sectionCue(raw: string): SectionCue | null {
  const hit = sectionMemo.get(raw);
  if (hit !== undefined) return hit;
  const cue = computeSectionCue(raw);
  if (sectionMemo.size > 10_000) sectionMemo.clear();
  sectionMemo.set(raw, cue);
  return cue;
}

function computeSectionCue(raw: string): SectionCue | null {
  const t = plainArabic(raw.toLowerCase());
  if (t.trim() === "") return null;
  // "## reusable-terraform-plan", "### `deploy_next_release`": a name (of a workflow, a job, a
  // module), whose words say nothing of the files under it.
  if (IDENTIFIER_HEADING.test(t)) return null;
  if (PLANNED_LIST.some((re) => re.test(t))) return { intent: "planned", strength: "list", criteria: false };
  if (RELIED_LIST.test(t)) return { intent: "exists", strength: "list", criteria: false };
  if (HISTORICAL_LIST.test(t) || MORE_ABSENT_HEADING.test(t))
    return { intent: "historical", strength: "list", criteria: false };
  // "Other untracked files", "Not committed": the document describes working-tree state truthfully.
  if ((UNTRACKED_LIST.test(t) || MORE_UNTRACKED_HEADING.test(t)) && !CLAIM_WORDS.test(t))
    return { intent: "historical", strength: "list", criteria: false, untracked: true };
  if (REMOVED_LIST.some((re) => re.test(t)) || MORE_REMOVED_HEADING.test(t))
    return { intent: "removed", strength: "list", criteria: false };
  if (CREATED_LIST.some((re) => re.test(t)) || MORE_CREATED_HEADING.test(t))
    return { intent: "created", strength: "list", criteria: false };
  if (CRITERIA.test(t)) return { intent: "planned", strength: "mood", criteria: true };
  if (PLAN_MOOD.test(t) || NEXT_LABEL.test(t) || WORK_LEFT.test(t) || MORE_PLAN_HEADING.test(t))
    return { intent: "planned", strength: "mood", criteria: false };
  return null;
}

/** A heading that is one identifier with two or more `-`, `_` or `.` joins. */
const IDENTIFIER_HEADING = /^[\s`*]*[a-z0-9]+(?:[-_.][a-z0-9]+){2,}[\s`*]*$/;

/** A status cell in a table row: "✅ Done", "Planned", "Deleted", "❌ Missing". */
/** "Removed" in the other languages' status cells: "Usunięty", "Supprimé", "Gelöscht", "Удалён". */
const REMOVED_CELL =
  /usunię|skasowan|slettet|fjernet|[șs]ters|eliminat|supprimé|retiré|eliminad[oa]|borrad[oa]|removid[oa]|excluíd[oa]|gelöscht|entfernt|rimoss[oa]|eliminat[oa]|verwijderd|удал[её]н|видален|silindi|kaldırıldı|smazán|odstraněn|borttagen|raderad/;

/** A status cell that denies its done word: "not created yet", "not yet implemented", "never added". */
const NOT_DONE_YET =
  /\b(?:not|never|n't)\s+(?:yet\s+|been\s+)*(?:created|added|implemented|written|built|started|done|begun)\b/;

/** A cell that is only a test's outcome: "❌ Fail", "✅ PASS", "⚠️ Flaky (2/10)". */
const TEST_OUTCOME = /^\W*(?:fail|failed|failing|pass|passed|passing|flaky|skipped)\b[^a-z]{0,20}$/;

export function statusCellIntent(cell: string): Intent | null {
  const t = plainArabic(cell.toLowerCase());
  // "not created yet (requested in #41)", "never implemented": the done word is denied.
  const notStarted = NOT_STARTED.test(t) || MORE_NOT_STARTED.test(t) || NOT_DONE_YET.test(t);
  // "❌ Not started": the cross marks work not done yet, which is a plan, not a missing file.
  if (
    /[❌✗✘]/.test(t) &&
    (/\b(?:not started|not begun|todo|to do|pending|planned|not yet)\b/.test(t) || notStarted)
  )
    return "planned";
  // 🟡 / 🚧 mark work under way; the words for "in progress", "pending" in other languages.
  if (/🟡|🟠|🚧/.test(t) || notStarted) return "planned";
  // "❌ Fail", "✅ Pass": a test's outcome in a QA table says how the thing behaved, not whether
  // the file is there.
  if (TEST_OUTCOME.test(t)) return null;
  if (/❌|✗|✘|\bmissing\b|\bnot found\b|\bphantom\b|\bdoes not exist\b|\bnon-?existent\b/.test(t))
    return "historical";
  if (/\b(?:deleted|removed|deprecated|obsolete|archived|retired)\b|🗑/.test(t) || REMOVED_CELL.test(t))
    return "removed";
  if (
    /\b(?:planned|todo|to do|to-do|pending|not started|proposed|tbd|next|to create|to be created|backlog|open|in progress|wip)\b|⏳|🔜|⬜|☐/.test(
      t,
    )
  )
    return "planned";
  const done =
    /✅|✔|☑|🟢|完成|完了|완료|\b(?:done|complete|completed|created|added|implemented|fixed|shipped|merged|modified|updated|converted|ported|migrated|new|yes|hecho|terminado|feito|concluído|terminé|fertig|erledigt)\b/.test(
      t,
    );
  // "✅ Done (but not in the repo yet, only on Jordi's laptop)": made, and the author knows it is
  // not committed.
  if (done && NOT_COMMITTED_NOTE.test(t)) return "historical";
  return done ? "created" : null;
}

/** A status cell's note that the file is not in the repository. */
const NOT_COMMITTED_NOTE =
  /\bnot (?:yet )?(?:in|on) (?:the |our )?(?:repo|repository|git|main|master)\b|\bnot (?:yet )?(?:committed|pushed|checked in|tracked)\b|\b(?:uncommitted|untracked|gitignored)\b|\bonly (?:on|in) (?:my|his|her|their|\S+['’]s) (?:machine|laptop|box|computer)\b|no és al repo|només al (?:meu |seu )?portàtil|no est[aá] en el repo|n[aã]o est[aá] no repo/;
