import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { readFrontMatter } from "../../../src/core/document/frontmatter.js";
import { normalizeDate, normalizePriority, normalizeStatus } from "../../../src/core/document/normalize.js";
import { fixture } from "./corpus.js";
import { parse } from "./helpers.js";

describe("front matter", () => {
  it("reads known keys, keeps unknown ones, and front matter wins over body lines", () => {
    const doc = parse(fixture("handoff-frontmatter.md"));
    expect(doc.metadata).toEqual({
      id: "handoff-cache-layer-20260301",
      title: "Add a cache layer to the search API",
      status: "in_progress",
      rawStatus: "in progress",
      assignee: "dana, lee",
      priority: "high",
      due: "2026-03-03",
      created: "2026-03-01",
      createdBy: "codex",
      ignoreRules: ["HG105"],
    });
    expect(doc.frontMatter?.labels).toEqual(["search", "perf"]);
    expect(doc.frontMatterLines).toBe(13);
    expect(doc.title).toBe("Handoff: cache layer for search");
    expect(doc.body.startsWith("\n# Handoff")).toBe(true);
    expect(doc.problems).toEqual([]);
  });

  it("reports YAML that does not parse with its absolute line", () => {
    const doc = parse("---\nid: a\nstatus: [open\ntitle: x\n---\n# T\n");
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0]!.message).toMatch(/front matter YAML does not parse/);
    expect(doc.problems[0]!.line).toBeGreaterThanOrEqual(3);
    expect(doc.frontMatterLines).toBe(5);
  });

  it("still reads the keys on their own lines when one line breaks the YAML", () => {
    // "owner: Jihoon (agent: claude)": YAML rejects the second ": ", a reader still sees the status.
    const doc = parse(
      "---\ntitle: Sync hand-over\nstatus: done\nowner: Jihoon (agent: claude)\nlabels:\n  - sync\ndate: 2024-05-14\n---\n# T\n",
    );
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0]!.message).toMatch(/front matter YAML does not parse/);
    expect(doc.problems[0]!.line).toBe(4);
    expect(doc.metadata.status).toBe("done");
    expect(doc.metadata.title).toBe("Sync hand-over");
    expect(doc.metadata.created).toBe("2024-05-14");
    expect(doc.metadata.assignee).toBeUndefined();
    // A key whose value goes on below is not guessed at.
    expect(doc.frontMatter?.labels).toBeUndefined();
  });

  it("reads nothing from a broken line that holds the status itself", () => {
    const doc = parse("---\nstatus: done (agent: x)\n---\n**Status**: open\n# T\n");
    expect(doc.problems).toHaveLength(1);
    expect(doc.metadata.status).toBe("open");
  });

  it("reports a known key with a bad value, naming the key, its line and the allowed values", () => {
    const doc = parse(
      "---\nid: a\nstatus: sleeping\npriority: whenever\ndue: someday\nhandoff-guard:\n  ignore: [nope]\n---\n",
    );
    const byKey = Object.fromEntries(doc.problems.map((p) => [p.key, p]));
    expect(byKey.status).toMatchObject({ line: 3 });
    expect(byKey.status!.message).toMatch(
      /'sleeping'.*open, in_progress, blocked, done, consolidated, archived/,
    );
    expect(byKey.priority).toMatchObject({ line: 4 });
    expect(byKey.priority!.message).toMatch(/critical, high, medium, low/);
    expect(byKey.due).toMatchObject({ line: 5 });
    expect(byKey.due!.message).toMatch(/YYYY-MM-DD/);
    expect(byKey["handoff-guard"]).toMatchObject({ line: 6 });
    expect(doc.metadata.rawStatus).toBe("sleeping");
    expect(doc.metadata.status).toBeUndefined();
  });

  it("keeps a template's placeholder as written, reports nothing and prints no warning", async () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on("warning", listen);
    try {
      // A Hugo archetype and a Jinja template: YAML reads `{{ … }}` as nested flow mappings.
      const doc = parse(
        '---\ntitle: \'{{ replace .File.ContentBaseName "-" " " | title }}\'\ndate: {{ .Date }}\nowner: {{ author }}\nstatus: "{% if done %}done{% endif %}"\n---\n# Post\n',
      );
      await new Promise((resolve) => setImmediate(resolve));
      expect(doc.frontMatter).toMatchObject({ date: "{{ .Date }}", owner: "{{ author }}" });
      expect(doc.problems).toEqual([]);
      expect(doc.metadata.created).toBeUndefined();
      expect(doc.metadata.assignee).toBeUndefined();
      expect(warnings).toEqual([]);
    } finally {
      process.off("warning", listen);
    }
    // near-miss: a real flow mapping stays a mapping, and a bad date is still reported
    const real = parse("---\ndue: { when: soon }\n---\n");
    expect(real.frontMatter).toMatchObject({ due: { when: "soon" } });
    expect(real.problems.map((p) => p.key)).toEqual(["due"]);
  });

  it("survives a YAML alias bomb", () => {
    const bomb = [
      "---",
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
      "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
      "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
      "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
      "---",
      "# Title",
      "See `src/a.py`.",
    ].join("\n");
    const doc = parse(bomb);
    expect(doc.problems[0]!.message).toMatch(/cannot be expanded/);
    expect(doc.frontMatter).toBeNull();
    expect(doc.references.map((r) => r.path)).toEqual(["src/a.py"]);
    expect(doc.references[0]!.line).toBe(11);
  });

  it("rejects front matter that is not a mapping, and ignores an unclosed opening rule", () => {
    expect(parse("---\n- a\n- b\n---\n").problems[0]!.message).toMatch(/mapping/);
    const open = parse("---\n# Title\n\nSee `src/a.py`.\n");
    expect(open.frontMatterLines).toBe(0);
    expect(open.problems).toEqual([]);
  });

  it("accepts YAML dates and `date`/`author` aliases", () => {
    const doc = parse(
      "---\ndate: 2026-02-19\nauthor: claude\ndeadline: 2026-02-21T10:00:00Z\nowner: russell\n---\n",
    );
    expect(doc.metadata).toMatchObject({
      created: "2026-02-19",
      createdBy: "claude",
      due: "2026-02-21",
      assignee: "russell",
    });
  });
});

describe("bold metadata lines in the body", () => {
  it("fills fields from the metadata block at the top", () => {
    const doc = parse(
      "# Deploy healer\n\n**ID**: h-1\n**Assigned to**: russell\n**Priority**: P0\n**Due date**: 2026-02-21 (24 hours post-creation)\n**Status:** WIP\nOwner: someone\n\n## Later\n\n**Status**: done\n",
    );
    expect(doc.metadata).toMatchObject({
      id: "h-1",
      assignee: "russell",
      priority: "critical",
      due: "2026-02-21",
      status: "in_progress",
      rawStatus: "WIP",
    });
  });

  it("accepts plain `Status: open` and list-style metadata", () => {
    expect(parse("# T\nStatus: blocked\n").metadata.status).toBe("blocked");
    expect(parse("# T\n- **Priority**: low\n").metadata.priority).toBe("low");
  });

  it("reads the status under its name in the handoff's language", () => {
    expect(parse("# T\n\n**Статус**: ✅ Завершено\n").metadata.status).toBe("done");
    expect(parse("# T\n\n**स्थिति**: ✅ पूरा हुआ\n").metadata.status).toBe("done");
    expect(parse("# T\n\n**Trạng thái**: 🚧 Đang tiến hành\n").metadata.status).toBe("in_progress");
    expect(parse("# T\n\n**الحالة**: 🟡 قيد التنفيذ\n").metadata.status).toBe("in_progress");
    expect(parse("# T\n\n| Estado | Bloqueado |\n|---|---|\n").metadata.status).toBe("blocked");
    expect(parse("# T\n\n**Stav**: hotovo\n").metadata.status).toBe("done");
    expect(parse("# T\n\n**وضعیت**: انجام شد\n").metadata.status).toBe("done");
    expect(parse("---\nstatus: klar\n---\n# T\n").metadata.status).toBe("done");
    expect(parse("# T\n\n**סטטוס**: הושלם ✅ (עלה לסטייג'ינג)\n").metadata.status).toBe("done");
    expect(parse("# T\n\n**Κατάσταση**: Ολοκληρώθηκε ✅ (μένει μόνο το cleanup job)\n").metadata.status).toBe(
      "done",
    );
    expect(parse("# T\n\n**Status**: Σε εξέλιξη\n").metadata.status).toBe("in_progress");
    expect(parse("# T\n\n**Status**: σε εξελιξη\n").metadata.status).toBe("in_progress");
    expect(parse("# T\n\n**Status**: Færdig ✅\n").metadata.status).toBe("done");
    expect(parse("# T\n\n**Tila**: ✅ Valmis, tuotannossa 2.10.\n").metadata.status).toBe("done");
    expect(parse("# T\n\n**Tila**: kesken\n").metadata.status).toBe("in_progress");
    expect(parse("# T\n\n**Status**: I gang 🟡\n").metadata.status).toBe("in_progress");
    expect(parse("# T\n\n**Status**: Finalizat ✅\n").metadata.status).toBe("done");
    expect(parse("# T\n\n**Status**: În lucru\n").metadata.status).toBe("in_progress");
    expect(parse("# T\n\n**สถานะ**: เสร็จสมบูรณ์ ✅ (merge แล้ว)\n").metadata.status).toBe("done");
    // near-miss: another key in another language
    expect(parse("# T\n\n**Примітка**: завершено\n").metadata.status).toBeUndefined();
  });

  it("never reports problems for body values", () => {
    expect(parse("# T\n**Status**: whatever this is\n").problems).toEqual([]);
  });

  it("reads a two-column metadata table at the top, as agents write it", () => {
    const doc = parse(
      "# Emit gap counters\n\n| | |\n|---|---|\n| Status | Open |\n| **Owner** | Tomás Ribeiro |\n| Filed by | grok |\n| Due | 2026-05-08 |\n| Checklist | I-1 |\n\n## Problem\n\n| Status | Done |\n",
    );
    expect(doc.metadata).toMatchObject({
      status: "open",
      assignee: "Tomás Ribeiro",
      createdBy: "grok",
      due: "2026-05-08",
    });
    // a table of three columns, or one under a later section, is content
    expect(parse("# T\n\n| Status | Open | x |\n|---|---|---|\n").metadata.status).toBeUndefined();
    expect(parse("# T\n\n## Files\n\n| Status | Done |\n|---|---|\n").metadata.status).toBeUndefined();
  });
});

describe("normalisation", () => {
  it("maps status synonyms", () => {
    const cases: [string, string | undefined][] = [
      ["todo", "open"],
      ["Pending", "open"],
      ["ready", "open"],
      ["in progress", "in_progress"],
      ["WIP", "in_progress"],
      ["active", "in_progress"],
      ["✅ Completed", "done"],
      ["RESOLVED - all good", "done"],
      ["closed", "done"],
      ["shipped", "done"],
      ["✅", "done"],
      ["superseded", "consolidated"],
      ["duplicate", "consolidated"],
      ["wontfix", "archived"],
      ["cancelled", "archived"],
      ["on hold", "blocked"],
      ["consolidated → see `handoffs/all.md`", "consolidated"],
      ["done -> moved to the tracker", "done"],
      ["✅ مكتمل", "done"],
      ["Selesai", "done"],
      ["Klaar", "done"],
      ["Готово", "done"],
      ["hoàn thành", "done"],
      ["पूरा", "done"],
      ["in uitvoering", "in_progress"],
      ["đang làm", "in_progress"],
      ["В роботі", "in_progress"],
      ["belum dimulai", "open"],
      ["✅ Đã hoàn thành", "done"],
      ["✅ Afgesloten en overgedragen", "done"],
      ["🚧 Masih dikerjakan", "in_progress"],
      ["⏳ Wacht op review", "in_progress"],
      ["✅ Fet", "done"],
      ["Tancat", "done"],
      ["En curs", "in_progress"],
      ["No començat", "open"],
      ["Bloquejat", "blocked"],
      ["Dah siap", "done"],
      ["Belum mula", "open"],
      // a mark before a long sentence is not a status
      ["✅ All critical issues were resolved yesterday", undefined],
      ["All critical issues resolved", undefined],
      ["sleeping", undefined],
    ];
    for (const [raw, status] of cases) expect(normalizeStatus(raw), raw).toBe(status);
  });

  it("maps priority synonyms", () => {
    expect(normalizePriority("P0")).toBe("critical");
    expect(normalizePriority("urgent")).toBe("critical");
    expect(normalizePriority("blocker")).toBe("critical");
    expect(normalizePriority("P1")).toBe("high");
    expect(normalizePriority("normal")).toBe("medium");
    expect(normalizePriority("P3")).toBe("low");
    expect(normalizePriority("🔴 Critical")).toBe("critical");
    expect(normalizePriority("soonish")).toBeUndefined();
  });

  it("normalises dates", () => {
    expect(normalizeDate("2026-02-21")).toBe("2026-02-21");
    expect(normalizeDate("2026-02-21T10:00Z")).toBe("2026-02-21");
    expect(normalizeDate("Feb 21, 2026")).toBe("2026-02-21");
    expect(normalizeDate("21 February 2026")).toBe("2026-02-21");
    expect(normalizeDate("Saturday, February 21st, 2026")).toBe("2026-02-21");
    expect(normalizeDate(new Date(Date.UTC(2026, 1, 21)))).toBe("2026-02-21");
    expect(normalizeDate("2026-02-30")).toBeUndefined();
    expect(normalizeDate("someday")).toBeUndefined();
  });
});

describe("simple front matter read without the YAML parser", () => {
  it("gives exactly what the YAML parser gives, for simple and not-so-simple values", () => {
    const key = fc.constantFrom("status", "assigned_to", "due", "id", "a-b", "_x", "title", "status");
    const value = fc.oneof(
      fc.constantFrom(
        "open",
        "in_progress",
        "2026-06-13",
        "2026-06-13T10:00",
        "yes",
        "true",
        "Null",
        "12",
        "1.5",
        "crewai-service/api_healer.py",
        "a, b",
        "x   ",
        "'quoted'",
        "a # comment",
        "a: b",
        "[1, 2]",
        "",
        "-x",
        "Deploy the healer.",
      ),
      fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_ .,/+@#:'"-]{0,12}$/),
    );
    const line = fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (body) => {
        const lines = ["---", ...body, "---", "# Title"];
        const fm = readFrontMatter(lines);
        const doc = parseDocument(body.join("\n"), { uniqueKeys: false, strict: false });
        if (doc.errors.length > 0) {
          expect(fm.problems.length).toBeGreaterThan(0);
          return;
        }
        expect(fm.data).toEqual(doc.toJS());
        const firstLines = new Map<string, number>();
        body.forEach((l, i) => {
          const k = l.slice(0, l.indexOf(":"));
          if (!firstLines.has(k)) firstLines.set(k, i + 2);
        });
        expect(fm.keyLines).toEqual(firstLines);
      }),
      { numRuns: 1000 },
    );
  });
});
