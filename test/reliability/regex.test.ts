// Regular expressions over user text: every regex in src/ runs on adversarial inputs built from its
// own characters (long runs that fail at the end), and the functions that apply regexes to user
// text give correct answers on such inputs. Timing figures are in scripts/regex-timing.mjs; no
// test here measures time (a catastrophic regex would show up as this file's timeout).
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/core/config/load.js";
import { parseDocument } from "../../src/core/document/parse.js";
import { patternMatcher } from "../../src/core/glob.js";
import { exponentialRisk } from "../../src/core/regex-safety.js";
import { escapeData, escapeMarkdown, escapeUrl, sanitizeForTerminal } from "../../src/core/render/index.js";
import { parseCommand } from "../../src/github/command.js";
import { adversarialInputs, regexInventory } from "./regex-inventory.js";

const inventory = regexInventory();

/**
 * Regexes in src/ the static check flags, reviewed: each repeated group starts or ends with a
 * character its body cannot match (or the repetition is bounded), so there is one way to match.
 */
const REVIEWED: Record<string, string> = {
  "\\b(?:a|an|each|every|any)\\s+(?:[\\w-]+\\s+)?(?:folder|directory|segment|route|package|module|crate|app|service|component|plugin|page|project|workspace)\\s+(?:(?:usually|typically|also|then|may|can|must|should|will)\\s+)?(?:holds?|has|have|contains?|needs?|gets?|carries|includes?)\\b(?:[^.;]|\\.(?=\\S))*\\b(?:a|an)\\s+$":
    "each repetition is one character that is not a dot or semicolon, or a dot followed by a non-space, which the first branch excludes; it runs only when the text before a mention ends with 'a ' or 'an '",
  "^(?:[^.;`]|`[^`\\n]{0,120}`){0,160}?\\b(?:exists?|(?:is|are|was|were|has been|have been|got)\\s+(?:yet\\s+|actually\\s+|ever\\s+)?(?:in|on|there|committed|tracked|pushed|created|written|added|present|checked in|merged|versioned)\\b)":
    "anchored; each repetition is one character that is not a backtick or one whole code span that starts with one, so each split is read once; runs only after 'neither' before the mention",
  "\\b(?:not|never|n't)\\s+(?:yet\\s+|been\\s+)*(?:created|added|implemented|written|built|started|done|begun)\\b":
    "each repetition is the word 'yet' or 'been' and its spaces, which cannot overlap; a status cell is short",
  "\\bbefore this (?:adr|decision|change|pr|migration|refactor(?:ing)?|rewrite|switch|cutover|upgrade)\\b(?:[^.;]|\\.(?=\\w))*$":
    "one character per repetition: a dot only when a word character follows, which the other branch excludes; runs only on a clause that holds 'before this'",
  "^[\\s`*]*[a-z0-9]+(?:[-_.][a-z0-9]+){2,}[\\s`*]*$":
    "anchored at both ends; each repetition starts with a separator its letters and digits cannot be, so each split is read once",
  "^(\\.\\/(?:[\\w.-]+\\/)*(?:bin|scripts?|tools|hack|dev)\\/[\\w-]+)(?=\\s|$)":
    "anchored; each repetition ends in a slash, which its characters cannot be, so each split of the path is read once",
  "(?:^|[^\\p{L}])(?:добавих|добавихме|създадох|създадохме|написах|написахме|направих|направихме)(?:\\s+(?:и|нов|нова|ново|файла|файл))*\\s*[`'\"*_(„«]*$":
    "each repetition starts with whitespace and ends in a fixed word; the words do not overlap the whitespace, so each split is read once",
  "(?<![\\w./-])(\\/[a-z][\\w-]*(?:\\/[\\w{}:-]+)+)\\/?(?![\\w./-])":
    "each repetition starts with a slash, which the segments cannot contain; the lookbehind pins the start",
  "^(?:[^.;]|\\.(?=\\w)){0,80}?[;.]\\s+(?:both|they|these|those|all (?:three|four|of them))\\s+(?:were|have been|got)\\s+(?:deleted|removed|dropped|merged|folded|consolidated|combined|renamed|moved)\\b":
    "anchored; bounded to 80; the alternatives are disjoint (a dot or any other character), so each character is read one way",
  "(?<![\\w.$-])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\\w.$-])":
    "each repetition starts at an underscore, which the parts cannot hold, so a name splits one way (titles only)",
  "(?:^|[^\\p{L}])(?:dodao sam|dodala sam|dodali smo|napravio sam|napravila sam|napravili smo|napisao sam|napisala sam|kreirao sam|kreirala sam|\u0434\u043e\u0434\u0430\u043e \u0441\u0430\u043c|\u043d\u0430\u043f\u0440\u0430\u0432\u0438\u043e \u0441\u0430\u043c|\u043d\u0430\u043f\u0438\u0441\u0430\u043e \u0441\u0430\u043c|(?<=^\\W*)(?:dodan|izmijenjen|izmenjen|kreiran|napravljen|napisan|stvoren|a\u017euriran|azuriran)[aoi]?)(?:\\s+(?:i|fajl|datoteku|novi|novu))*\\s*[`'\"*_(\u00ab]*$":
    "read only on the last 60 characters before a mention (moreVerbCue), and each repetition is whitespace then a fixed word",
  "(?:^|[^\\p{L}])(?:(?:kad|kada) (?:napraviš|napravis|dodaš|dodas|napišeš|napises)|(?:bomo|bom|bova) (?:dodali|dodal|dodala|ustvarili|ustvaril|napisali|napisal)(?: še)?|napraviti|napisati|dodati|kreirati|направити|написати|додати)(?:\\s+(?:i|fajl|datoteku|novi|novu))*\\s*[`'\"*_(«]*$":
    "read only on the last 60 characters before a mention (moreVerbCue), and each repetition is whitespace then a fixed word",
  "^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$":
    "each repetition starts at an underscore, which the parts cannot hold, so a name splits one way",
  "\\b[a-z0-9]+(?:-[a-z0-9]+){2,}-(us|eu|uk|apac|emea|latam|ca|au|jp|in|br|sg|de|fr)\\b(?!-)":
    "each repetition starts at a hyphen that the segment before cannot hold, so a name splits one way; only the last segment is given back to the region code",
  "\\b(?:(?:samsung\\s+)?galaxy\\s+(?:[a-z]\\d{1,3}[a-z]?|s\\d{1,2}|note\\s?\\d{1,2}|tab\\s+[a-z]\\d+)|pixel\\s+\\d[a-z]?(?:\\s+(?:pro|xl|a))?|iphone\\s+(?:\\d{1,2}|se|x[rs]?)(?:\\s+(?:pro|max|plus|mini))*|ipad\\s+(?:pro|air|mini)(?:\\s+\\d)?|oneplus\\s+\\d+[a-z]?|redmi\\s+(?:note\\s+)?\\d+[a-z]?|moto\\s+[a-z]\\d*)\\b":
    "the one repeated group is whitespace then a fixed word that holds no whitespace, so each repetition is found one way",
  "^[`'\"]*(?:\\s*(?:,|and|&)\\s*`[^`\\n]{1,120}`)*\\s*\\)\\s*(?:was|were|has been|have been|got)\\s+(?:deleted|removed|dropped|retired|deprecated)\\b":
    "each repetition is a required separator then one whole code span (a span cannot hold a backtick), so the list splits one way",
  "^(?:(?!\\b(?:which|that|who)\\b)(?:[^.;`]|`[^`]{0,80}`)){0,100}?\\b(?:and|but)\\s+(?:(?:that|this|the)\\s+(?:file|folder|directory|path|script|module)\\s+|it\\s+)?(?:does\\s*n[o']?t|doesn't|did\\s*n[o']?t|didn't)\\s+exist\\b":
    "a bounded loop over one character or one whole code span (the two start differently, so each position has one way to match), then a literal phrase",
  "\\b(?:pr|pull request|merge request|mr)\\s+(?:to|against|in|on)\\s+[`'\"]?[\\w.-]+\\/[\\w.-]+[`'\"]?(?:[^.;`]|`[^`]{0,200}`){0,60}$":
    "a bounded loop over one character or one whole code span (the two start differently), anchored at the end",
  "^[A-Za-z0-9_.-]+(?:\\/[A-Za-z0-9_.-]+)+\\/?$":
    "name segments separated by '/', which the segments cannot hold: one way to split",
  "(?:\\bin my (?:first|earlier|previous|last|original) (?:message|handoff|note|reply|comment|update|summary)|(?<!\\bas )\\b(?:i|we) (?:said|claimed|stated)\\b|\\bpre-(?:restructure|refactor|migration|rename|move|reorg|reorgani[sz]ation|split|rewrite|cutover|(?=[a-z-]*\\d)[a-z0-9-]+)\\b|\\bpr[ée]-(?:refatora|refactoriza|migra|reestrutura|reestructura)|\\bpre-v?\\d+(?:\\.\\d+)+\\b|\\bbefore v?\\d+(?:\\.\\d+)+\\b|\\bbefore the (?:restructure|refactor|migration|rename|move|reorg|split|rewrite|cutover)\\b|(?<!\\bfor\\s+(?:\\w+\\s+){0,2})\\b(?:before|until|till|prior to)\\s+(?:19|20)\\d\\d\\b(?!,?\\s+(?:run|use|see|read|check|open|look|are|is)\\b)|^\\s*pre-(?!commit|push|receive|merge|rebase|install|build|release|process|requisite|flight|fetch|render|load|compute|generated|existing|built|made|set|defined|trained|configured|populated|filled|seeded)[a-z]+\\b)(?:[^.;]|\\.(?=\\S))*$|\\b(?:only on (?:my|the|a) (?:machine|laptop|box|computer)|on my (?:machine|laptop)|not (?:yet )?committed)\\b[^.;,]*$|\\b(?:never|don't|do not|must not|should not|shouldn't)\\s+(?:commit|check in|push)\\s+(?:the\\s+|any\\s+|your\\s+)?$":
    "the version's parts each start with '.', which digits cannot match; the rest are alternations of literal words; the clause's tail repeats one character at a time (a '.' only before a non-space), so it cannot backtrack",
  "^(?:[^\u3002.]|\\.(?=\\d)){0,30}?(?:\u524a\u9664\u3057\u307e\u3057\u305f|\u524a\u9664\u6e08\u307f|\u524a\u9664\u3055\u308c\u307e\u3057\u305f|\u30ea\u30cd\u30fc\u30e0\u6e08\u307f|\u30ea\u30cd\u30fc\u30e0\u3057\u307e\u3057\u305f|\u540d\u524d\u3092\u5909\u66f4\u3057\u307e\u3057\u305f|\u5ec3\u6b62|\u6d88\u3057\u307e\u3057\u305f|\u6d88\u3057\u305f)|^\\s*\u3092\\s*\\S{1,80}?\\s*\u306b(?:\u79fb\u52d5|\u79fb\u884c|\u79fb\u3057|\u30ea\u30cd\u30fc\u30e0)":
    "bounded at 30 with disjoint alternatives (a dot only before a digit); the second part's lazy run stops at the first particle it reaches",
  "(?<![\\w.$-])[A-Za-z_][\\w$]*(?:\\.[A-Za-z_][\\w$]*)+(?![\\w.$-])":
    "each part starts with '.', which a name's characters cannot contain; run on a title",
  "(?<![\\w.@/-])(?:\\*\\.)?((?:[a-z0-9-]+\\.)+(?:com|net|org|io|dev|app|ai|co|cloud|site|tech|xyz|info|biz|uk|de|eu|fr|nl|ca|au|jp|internal|local|lan|corp|gov|edu))(?![\\w-]|\\.[a-z0-9])":
    "each label ends with '.', which the label's characters cannot contain; run on a title",
  "^[\\w@.-]+(?:\\/[\\w@.-]+)+\\/?$":
    "each segment starts with '/', which the segment's characters cannot contain",
  "[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*":
    "each repetition starts with '_' or '.', which the runs of letters and digits cannot contain; run on a title",
  "^(?:[^.;]|\\.(?=\\w)){0,120}?\\binto\\b":
    "alternatives are disjoint single characters (a dot only in the second), bounded at 120",
  "(?<![\\w.])v(\\d+(?:\\.\\d+)*)\\b": "each repetition starts with '.', which \\d cannot match",
  '^"(?:[^"\\\\]|\\\\.)*"': "alternatives are disjoint (a backslash only in the second)",
  "^'(?:[^']|'')*'": "alternatives are disjoint (a quote only in the second)",
  "^(?:[^\\\\]|\\\\[_*])+$": "alternatives are disjoint (a backslash only in the second)",
  "([^aeiouls])\\1$": "a one-character backreference at the end of a word",
  "^[ ]{0,3}\\[((?:[^\\]\\\\[]|\\\\.){1,999})\\]:": "disjoint alternatives; bounded",
  "^[ \\t]+(?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|\\((?:[^()\\\\]|\\\\.)*\\))[ \\t]*$":
    "disjoint alternatives inside each quoted form",
  "<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>":
    "each label repetition starts with '.'; inner repetition bounded",
  "<(?:([A-Za-z][A-Za-z0-9-]*)(?:\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*\\s*\\/?>|\\/([A-Za-z][A-Za-z0-9-]*)\\s*>)":
    "each attribute starts with whitespace that its value cannot contain (CommonMark's tag grammar)",
  "^(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$": "each repetition starts with its marker",
  "^(?:<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*\\s*\\/?>|<\\/[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$":
    "each attribute starts with whitespace that its value cannot contain",
  "^\\[(?:[^\\]\\\\]|\\\\.){1,999}\\]:": "disjoint alternatives; bounded",
  "^\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$": "each cell starts with '|'",
  "^\\s+(?:\\S+\\s+){0,2}?(?:by|with)\\s+(?:the\\s+|a\\s+|new\\s+)*$": "bounded {0,2}; disjoint words",
  "^(?:\\.{1,2}\\\\)?[A-Za-z0-9_.-]+(?:\\\\[A-Za-z0-9_. ()-]+)+\\\\?$":
    "each segment starts with a backslash",
  "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$": "each repetition starts with '-'",
  "^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$":
    "each repetition starts with '-' or '_', which the words cannot contain",
  "^(?:\\s*(?:\\+|&|,|and|or|…|\\.\\.\\.|–|through|thru)\\s*`[^`\\n]{1,120}`)*\\s*(?:\\([^()\\n]{0,60}\\))?":
    "anchored; each repetition is a separator and a whole code span (no backtick inside), read once; input at most 120 characters",
  "^(?:\\s*(?:\\+|&|,|and|or|…|\\.\\.\\.|–|through|thru)\\s*`[^`\\n]{1,120}`)+":
    "anchored; each repetition is a separator and a whole code span (no backtick inside), read once; input at most 120 characters",
  "\\b(?:configmap|secret)s?\\b[^.;]{0,60}\\bkeys?\\b(?:[^.;]|\\.(?=\\w)){0,80}$":
    "both runs bounded (60, 80), the second with disjoint alternatives; run on a clause of bounded length",
  "^(?:[^.;]|\\.(?=\\w)){0,80}?[;.]\\s+(?:it|this|that|they|those|these)(?:\\s+(?:file|folder|binary|script|crate|package|module|notebook|page|document|config|template|test|spec|reader|writer|helper|handler|class|component|service|route|endpoint|migration|view|model|controller|hook|plugin|workflow|job|worker|function|shim|stub|wrapper|parser|loader|client|adapter|exporter|importer))?\\s+(?:was|were|has been|have been|got)\\s+(?:later\\s+|then\\s+|since\\s+)?(?:deleted|removed|dropped|reverted|rolled back)\\b":
    "anchored; the free run is bounded at 80 with disjoint alternatives, and what follows starts at a clause mark",
  "\\b(?:(?:every|each|all|older|previous|earlier|other|[a-z]+['\u2019]s)\\s+(?:[a-z0-9-]+\\s+){0,2}?(?:handoffs?|handovers?|docs?|documents?|notes?|readmes?|tickets?|issues?|runbooks?|wikis?|messages?|reports?|pages?|postmortems?|post-mortems?|summary|summaries|changelogs?|briefs?)|the\\s+(?:[a-z0-9-]+\\s+){1,3}?(?:handoffs?|handovers?|docs?|documents?|notes?|readmes?|tickets?|issues?|runbooks?|wikis?|messages?|reports?|pages?|postmortems?|post-mortems?|summary|summaries|changelogs?|briefs?)|the\\s+(?:runbooks?|postmortems?|post-mortems?|reports?|summary|handovers?|changelogs?|wikis?))\\b(?:[^.;]|\\.(?=\\d)){0,40}?\\b(?:says?|saying|said|tells?|telling|told|claims?|claiming|claimed|mentions?|mentioned|instructs?|instructed|asks?|asked|lists?|listed|links?|linked)\\s+(?:(?:you\\s+|us\\s+|people\\s+)?(?:to|that|it|they|he|she|we)\\b(?:[^.;]|\\.(?=\\w))*|(?:(?!(?:added|created|wrote|written|built|made|generated|implemented|shipped|committed|pushed)\\b)[a-z]+\\s+){0,5}[`'\"*_]*)$":
    "each bounded run ({0,2}, {1,3}, {0,40}) alternates disjoint classes (a dot only before a digit); the tail's free run takes a dot only before a word character, and its one optional word ends at a space, so each character is read once",
  "^(?:pre|post)-[a-z]+(?:-[a-z]+)*$":
    "anchored at both ends, each repetition starts with a hyphen that the letters before it cannot match",
  "^(?:[^.;]|\\.(?=\\w)){0,80}?(?:\\b(?:in|at)\\s+(?:the\\s+root\\s+of\\s+)?|[—–]\\s*)(?:your|the user's|the reader's)\\s+(?:own\\s+)?(?:project|(?:current\\s+|working\\s+|home\\s+)+directory|repo(?:sitory)?|codebase|workspace)\\b":
    "anchored; the free run is bounded at 80 with disjoint alternatives (a dot only before a word character); each repeated word starts with its own letter and ends in whitespace, so each is read once",
  "^\\s*(?:once|when|whenever|after|before|until|unless|as soon as)\\s+(?:[^,\\s]+\\s+){2,}[^,\\s]+,\\s":
    "anchored; a word and the whitespace after it are disjoint classes, so each word is read once",
  "^\\s*(?:[$>#%]\\s+)?(?:(?:sudo|time|nohup|exec|env)\\s+|[A-Z_][A-Z0-9_]*=\\S*\\s+|(?:uv|poetry|pipenv|pdm|hatch)\\s+run\\s+|(?:npx|pnpm\\s+exec|pnpm\\s+dlx|pnpm|yarn|bunx)\\s+(?=tsx|ts-node|ts-mocha|vitest|jest|mocha|playwright|elm-test)|(?:\\.\\/)?(?:vendor\\/)?bin\\/(?=phpunit|pest)|bundle\\s+exec\\s+(?=rspec|ruby|rake))*":
    "anchored; each repetition is one word (disjoint first letters: lower-case words, upper-case names) and the whitespace after it",
  "^\\s*(?:\\([^)]{0,40}?\\b(?:not (?:yet\\s+)?(?:committed|tracked|checked in|pushed|in (?:the\\s+)?(?:repo|repository|git))|uncommitted|untracked|gitignored)\\b|\\([^)]{0,40}?\\bonly on (?:my|the|a|\\S+['\u2019]s) (?:machine|laptop|box|computer)\\b|(?:[^.;]|\\.(?=\\S)){0,100}?(?:[.;]\\s+)?\\b(?:it|which|this|they|and|but)\\s+(?:is|are|was|were|has|have)\\s+(?:still\\s+)?(?:(?:not|n't|never)\\s+(?:been\\s+|yet\\s+)*(?:committed|pushed|checked in|tracked)|only\\s+on\\s+my\\s+(?:machine|laptop|computer))\\b)":
    "anchored; the free runs are bounded (40, 40, 100) with disjoint alternatives (a dot only before a non-space), and each repeated word ends with whitespace it cannot contain",
  "^\\s+(?:it|this|this file|the file|that file|they)\\s+(?:is|are|was|were|has|have)\\s+(?:still\\s+)?(?:[*_]{0,2}(?:not|n't|never)\\s+(?:been\\s+|yet\\s+)*(?:committed|pushed|checked in|tracked|in (?:the\\s+)?(?:repo|repository|git)\\b)|only\\s+on\\s+my\\s+(?:machine|laptop|computer)\\b)":
    "anchored; each repeated word ends with whitespace it cannot contain",
  "^[`'\"]*[^.;`]{0,100}?[.;]\\s+(?:the|that|this) file\\s+(?:is|was|has)\\s+(?:still\\s+)?(?:not|n't|never)\\s+(?:been\\s+|yet\\s+)*(?:committed|pushed|checked in|tracked|in (?:the\\s+)?(?:repo|repository|git)\\b)":
    "anchored; one bounded run (100) of characters that exclude the clause end it stops at; each repeated word ends with whitespace it cannot contain",
  "^\\/(?:api|wp-json|rest|services)\\/(?:[\\w-]+\\/)*v\\d+(?:\\.\\d+)?(?:\\/|$)":
    "each segment repetition ends with '/', which a segment cannot contain",
  "^(\\.{0,2}[\\\\/]?[\\w.-]+(?:[\\\\/][\\w.-]+)*\\.(?:sh|bash|py|[cm]?js|rb|pl|ps1|kts|bats))\\s+\\S":
    "anchored; each segment repetition starts with '/', which a segment cannot contain; input at most 500 characters",
};

describe("regexes in src/", () => {
  it("are inventoried (literals and new RegExp)", () => {
    expect(inventory.length).toBeGreaterThan(300);
  });

  it("the static check flags only reviewed patterns (a new nested quantifier needs a review)", () => {
    const flagged = inventory
      .filter((r) => r.regex && exponentialRisk(r.source))
      .map((r) => r.source)
      .filter((s) => !(s in REVIEWED) && !s.startsWith("^(?:[a-z0-9-]+\\.)+(?:com|org|net"));
    expect(flagged).toEqual([]);
  });

  it("each regex answers on long adversarial inputs built from its own characters", () => {
    let runs = 0;
    for (const found of inventory) {
      if (!found.regex) continue;
      for (const input of adversarialInputs(found.source, 2_000)) {
        const re = new RegExp(found.regex.source, found.regex.flags.replace("g", "").replace("y", ""));
        const m = re.exec(input);
        if (m) {
          expect(m.index + m[0].length).toBeLessThanOrEqual(input.length);
          expect(input.startsWith(m[0], m.index)).toBe(true);
        }
        runs++;
      }
    }
    expect(runs).toBeGreaterThan(5_000);
  });
});

describe("user text through the functions that apply regexes: correct answers on adversarial input", () => {
  const N = 100_000;

  it("the document parser (cue regexes built at run time included)", () => {
    for (const text of [
      `Deploy ${"the ".repeat(N / 4)}\`a.py\``,
      `${"- [ ] ".repeat(N / 6)}create \`b.py\``,
      `See \`c.py\` ${"was not ".repeat(N / 8)}.`,
      `${"<!-- ".repeat(N / 5)}\`d.py\``,
      `${"[".repeat(N)}](e.py)`,
      `**Status**:${" ".repeat(N)}done`,
    ]) {
      const doc = parseDocument("h.md", text, "handoff");
      expect(doc.skipped).toBeUndefined();
      for (const r of doc.references)
        expect(text.split("\n")[r.line - 1]!.startsWith(r.raw, r.column - 1)).toBe(true);
    }
    expect(
      parseDocument("h.md", `Deploy ${"the ".repeat(N / 4)}\`a.py\``, "handoff").references[0]!.path,
    ).toBe("a.py");
  });

  it("/consolidate parsing", () => {
    expect(parseCommand(`/consolidate${" ".repeat(N)}`)).toMatchObject({ ok: false, reason: "invalid" });
    expect(parseCommand(`/consolidate ${"#".repeat(900)}`)).toMatchObject({ ok: false, reason: "invalid" });
    expect(parseCommand(`/consolidate #1 #2\n${"\r".repeat(N)}`)).toEqual({
      ok: true,
      command: { kind: "issues", dryRun: false, issues: [1, 2] },
    });
    expect(parseCommand(`${"/consolidate".repeat(N / 12)}`)).toEqual({ ok: false, reason: "not-a-command" });
  });

  it("escaping and sanitising", () => {
    const nasty = "\u001b[2J@a|`*_\\\r\n%:,".repeat(N / 16);
    expect(sanitizeForTerminal(nasty)).not.toMatch(/\u001b/);
    expect(escapeMarkdown(nasty)).not.toMatch(/[\r\n]/);
    expect(escapeData(nasty)).not.toMatch(/[\r\n]/);
    expect(escapeUrl("( )".repeat(N / 3))).toBe("%28%20%29".repeat(N / 3));
  });

  it("config ignore regexes that can backtrack exponentially are refused, naming the key", () => {
    for (const pattern of ["/^(a+)+$/", "/(\\w*)*x/", "/^(a|aa)*$/", "/(.*a){25}/", "/(a)\\1/"]) {
      let error: unknown;
      try {
        parseConfig(`ignore:\n  - "${pattern.replace(/\\/g, "\\\\")}"\n`, ".github/handoff-guard.yml");
      } catch (e) {
        error = e;
      }
      expect(error, pattern).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).key).toBe("ignore.0");
      expect((error as ConfigError).line).toBe(2);
    }
    // Ordinary patterns still work, on long adversarial paths too.
    const config = parseConfig('ignore:\n  - "/^_debug\\\\//"\n  - "/\\\\.(log|tmp)$/"\n', "c.yml");
    const match = patternMatcher(config.ignore);
    expect(match("_debug/x.md")).toBe(true);
    expect(match(`${"a/".repeat(2000)}x.log`)).toBe(true);
    expect(match(`${"a".repeat(4000)}!`)).toBe(false);
    // Even if one reached the matcher, it is never run.
    expect(patternMatcher(["/^(a+)+$/"])(`${"a".repeat(40)}!`)).toBe(false);
  });
});
