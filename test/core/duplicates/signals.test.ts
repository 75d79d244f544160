// Unit tests for the recall signals of issue 4 (thesaurus, quantities, identifiers, report nouns,
// symptom verbs). Wording is invented for these tests, not taken from the labelled corpus.
import { describe, expect, it } from "vitest";
import {
  actionRelation,
  actionsOf,
  frontMatterMarkers,
  isReport,
  markersConflict,
  sequenceMarkers,
} from "../../../src/core/duplicates/actions.js";
import { describeAgainst } from "../../../src/core/duplicates/explain.js";
import { normalizeAssignee } from "../../../src/core/duplicates/features.js";
import { findDuplicates } from "../../../src/core/duplicates/group.js";
import { quantities, tokens } from "../../../src/core/duplicates/text.js";
import { canonicalWord, THESAURUS } from "../../../src/core/duplicates/thesaurus.js";
import {
  codeNameSlot,
  fileSlot,
  labelledInstances,
  labelledSiblings,
  pathSlot,
  qualifiedSlot,
  variantSlot,
} from "../../../src/core/duplicates/variants.js";
import { doc } from "./helpers.js";

describe("thesaurus", () => {
  it("maps interchangeable words to one concept, symmetrically", () => {
    expect(tokens("Notify the pager when the nightly import crashes")).toEqual(
      tokens("Alert paging when the nightly import errors"),
    );
    expect(canonicalWord("quota")).toBe("limit");
    expect(canonicalWord("kubernetes")).toBe("kubernetes");
  });

  it("stays modest: no word belongs to two concepts", () => {
    const seen = new Set<string>();
    for (const line of THESAURUS) {
      for (const w of line.split(" ")) {
        expect(seen.has(w), w).toBe(false);
        seen.add(w);
      }
    }
    expect(THESAURUS.length).toBeLessThan(60);
  });
});

describe("quantities", () => {
  it("writes money, percentages and thousands one way", () => {
    expect(tokens("refund above $25")).toContain("qusd25");
    expect(tokens("refund above 25 dollars")).toContain("qusd25");
    expect(tokens("retry when 3% of uploads fail")).toContain("qpct3");
    expect(tokens("retry when three percent of uploads fail")).toContain("qpct3");
    expect(tokens("page size of 50k items")).toContain("q50000");
    expect(tokens("page size of 50,000 items")).toContain("q50000");
    expect(tokens("keep 500-line snippets")).toEqual(tokens("keep 500 line snippets"));
  });

  it("drops clock times, versions and list numbers", () => {
    expect(quantities("at 09:30 run 2.7.1")).not.toMatch(/q\d/);
    expect(tokens("1. restart the worker")).not.toContain("q1");
  });
});

describe("identifiers", () => {
  it("splits camelCase into words and keeps the whole identifier", () => {
    const t = tokens("parseInvoiceHeader drops the VAT line");
    expect(t).toContain("parseinvoiceheader");
    expect(t).toContain("invoice");
    expect(t).toContain(tokens("header")[0]);
  });

  it("treats short plurals as singular", () => {
    expect(tokens("rotate the keys")).toEqual(tokens("rotate the key"));
  });
});

describe("titles", () => {
  // Session 9, from an eleventh hold-out written blind (a Rust static-site generator).
  it("reads issue triage as a report, and the week it covers as its instance", () => {
    expect(isReport("Issue triage: week of 2025-03-17")).toBe(true);
    expect(isReport("Triage notes — March")).toBe(true);
    expect(isReport("Triage the flaky sitemap test")).toBe(false);
    expect(
      markersConflict(
        sequenceMarkers("Issue triage: week of 2025-03-17"),
        sequenceMarkers("Issue triage: week of 2025-03-31"),
      ),
    ).toBe("week 2025-03-17 vs 2025-03-31");
  });
  it("does not take a symptom's circumstance or a bug's behaviour for the ask", () => {
    expect(actionsOf("TemplateNotFound for ./partials/header.html when building examples/blog")).toEqual([]);
    expect(actionsOf("`{% include %}` resolves against the cwd")).toEqual([]);
    expect(actionsOf("Resolve the include path bug")[0]).toBe("fix");
    expect(actionsOf("Fix the crash when deploying to Fly")).toEqual(["fix"]);
  });
  it("reads a strategic assessment as an assessment, not a strategy to research", () => {
    expect(actionsOf("Strategic Assessment: March API Reliability Crisis")[0]).toBe("review");
    expect(actionsOf("Strategic review of the billing stack")[0]).toBe("review");
    expect(actionsOf("Pricing strategy for Q3")[0]).toBe("research");
  });
  it("does not take 'report' used as a noun modifier for a report", () => {
    expect(isReport("Report builder crashes on empty filters")).toBe(false);
    expect(isReport("Speed up report downloads")).toBe(false);
    expect(isReport("Incident report: search outage")).toBe(true);
    expect(isReport("Sprint 12 report")).toBe(true);
  });

  it("reads a setting changed in size as configuration, not a bare verb of size", () => {
    expect(actionsOf("Shorten the session token TTL to 10 minutes")).toEqual(["configure"]);
    expect(actionsOf("Raise the upload size limit")).toEqual(["configure"]);
    expect(actionsOf("Reduce checkout latency")).toEqual([]);
    expect(
      actionRelation(actionsOf("Shorten the session token TTL"), actionsOf("Deploy the new token TTL")),
    ).toBe("different");
  });

  it("reads symptom words as a request to fix", () => {
    expect(actionsOf("Flaky test: test_refund_rounding")[0]).toBe("fix");
    expect(actionRelation(actionsOf("Broken upload retries"), actionsOf("Fix upload retries"))).toBe("same");
    // A real test task stays a test task.
    expect(actionsOf("Test the refund rounding")[0]).toBe("test");
    // Freezes, hangs, leaks and timeouts are symptoms too: they ask for a fix, not a feature.
    expect(actionsOf("Invoice screen freezes when a coupon is applied")).toEqual(["fix"]);
    expect(actionsOf("Coupon field hangs the invoice page")).toEqual(["fix"]);
    expect(actionsOf("Worker leaks memory after 10k jobs")).toEqual(["fix"]);
    expect(actionsOf("Report export times out")).toEqual(["fix"]);
    expect(
      actionRelation(
        actionsOf("Add coupon tracking to the invoice screen"),
        actionsOf("Invoice screen freezes"),
      ),
    ).toBe("different");
  });
});

describe("backports", () => {
  it("reads a backport as work of its own, after the fix it carries", () => {
    const backport = actionsOf("Backport the token refresh fix (#812) to 2.9 LTS");
    expect(backport[0]).toBe("backport");
    expect(actionRelation(backport, actionsOf("Token refresh drops the session on a 401"))).toBe("conflict");
    expect(actionRelation(backport, actionsOf("Fix the token refresh on a 401"))).toBe("conflict");
    // near-miss: the same backport filed twice
    expect(actionRelation(backport, actionsOf("Cherry-pick #812 onto release-2.9"))).toBe("same");
  });
});

describe("short bodies", () => {
  it("do not make two one-line tasks about the same service the same work", async () => {
    const { defaultConfig } = await import("../../../src/core/config/schema.js");
    const { check } = await import("../../../src/core/engine.js");
    const { memorySnapshot } = await import("../../../src/core/snapshot/memory.js");
    // The regression seen in the Action's runner test: two short, different tasks about one service.
    const files = {
      "crewai-service/main.py": "print('hi')\n",
      "crewai-service/healer.py": "# healer\n",
      "handoffs/restart.md":
        "# Restart the healer\n\n**Status**: open\n\nRestart `crewai-service/healer.py` after deploys.\n",
      "handoffs/deploy.md":
        "# Deploy the API healer\n\n**Status**: open\n\nDeploy `crewai-service/api_healer.py` to production and restart the service.\n",
    };
    const result = await check(memorySnapshot(files), defaultConfig());
    expect(result.findings.filter((f) => f.rule === "HG201")).toEqual([]);
  });
});

describe("titles that come down to one common word", () => {
  // Twelve pages of one tool, each titled `tool-<x>`: once metadata words ("owner", "version")
  // are set aside, `tool-owner` and `tool-version` are both just "tool".
  const names = [
    "owner",
    "version",
    "publish",
    "prune",
    "audit",
    "cache",
    "doctor",
    "login",
    "search",
    "team",
    "token",
    "view",
  ];
  const docs = names.map((x, i) =>
    doc(
      `_handoffs/tool-${x}.md`,
      `---\ntitle: tool-${x}\nstatus: open\n---\n\n# tool-${x}\n\nPage ${i} about ${x}: ${"alpha beta gamma delta ".repeat(2)}${x}wise.\n`,
    ),
  );

  it("gives them no title similarity, so the title alone anchors nothing", () => {
    const analysis = findDuplicates(docs);
    expect(analysis.pair("_handoffs/tool-owner.md", "_handoffs/tool-version.md")?.titleSim).toBe(0);
  });

  it("still compares titles with a word of their own", () => {
    const analysis = findDuplicates(docs);
    expect(analysis.pair("_handoffs/tool-publish.md", "_handoffs/tool-prune.md")?.titleSim).toBeLessThan(1);
    const twins = [
      ...docs,
      doc("_handoffs/tool-publish-2.md", "---\ntitle: tool-publish\nstatus: open\n---\n\n# tool-publish\n"),
    ];
    expect(
      findDuplicates(twins).pair("_handoffs/tool-publish.md", "_handoffs/tool-publish-2.md")?.titleSim,
    ).toBeGreaterThan(0.6);
  });
});

describe("recurring tasks for different months", () => {
  it("read a month with its year, or a year and month, as the period the task covers", () => {
    expect(
      markersConflict(
        sequenceMarkers("Ban review: January 2026"),
        sequenceMarkers("Ban review: February 2026"),
      ),
    ).toBe("month jan vs feb");
    expect(
      markersConflict(sequenceMarkers("Usage report 2026-01"), sequenceMarkers("Usage report 2026-02")),
    ).toBe("month jan vs feb");
    expect(
      markersConflict(
        sequenceMarkers("Close the books for March 2026"),
        sequenceMarkers("Close the books for March 2027"),
      ),
    ).toBe("year 2026 vs 2027");
    // near-misses: a due date is no period, and one title without a period conflicts with none
    expect(
      markersConflict(
        sequenceMarkers("Rotate keys (due 2026-01-15)"),
        sequenceMarkers("Rotate keys (due 2026-02-15)"),
      ),
    ).toBeNull();
    expect(
      markersConflict(sequenceMarkers("Ban review: January 2026"), sequenceMarkers("Ban review")),
    ).toBeNull();
  });
});

describe("one person's batch of tasks", () => {
  // Two tasks one person files for one colleague: same runbook, same script, same linked note,
  // titles that differ in what is rotated. Wording invented for this test.
  const task = (file: string, author: string, created: string, what: string, account: string) =>
    doc(
      `_handoffs/${file}.md`,
      [
        "---",
        "status: open",
        "assigned_to: ines",
        `created_by: ${author}`,
        `created: ${created}`,
        "---",
        "",
        `# Rotate the ${what} for ${account}`,
        "",
        `The ${what} of ${account} is older than our 90-day policy. Generate a new one with`,
        "`tools/rotate_credentials.sh`, store it in the vault, restart the consumers, then revoke",
        "the old one. Record the date in `docs/runbooks/credentials.md`.",
        "",
        "- [ ] New credential stored in the vault and the old one revoked",
        "- [ ] Rotation date recorded in `docs/runbooks/credentials.md`",
        "",
        "Related: [[credential-rotation]]",
      ].join("\n"),
      ["tools/rotate_credentials.sh", "docs/runbooks/credentials.md"],
    );
  const pair = (author: string, second: string) =>
    findDuplicates([
      task("rotate-warehouse-key", author, "2026-04-01", "warehouse key pair", "svc_loader"),
      task("rotate-bucket-key", author, second, "storage access key", "svc-uploader"),
    ]).pair("_handoffs/rotate-warehouse-key.md", "_handoffs/rotate-bucket-key.md")!;

  it("keeps separate tasks filed together by a person apart", () => {
    const e = pair("marta", "2026-04-02");
    expect(e.batchBy).toBe("marta");
    expect(e.score).toBeLessThan(0.6);
  });

  it("still groups an agent's re-filing: a new session does not remember the last one", () => {
    const e = pair("claude", "2026-04-02");
    expect(e.batchBy).toBeNull();
    expect(e.score).toBeGreaterThanOrEqual(0.6);
  });

  it("keeps an agent's two tasks of one day apart, but not of the next day", () => {
    expect(pair("codex", "2026-04-01").batchBy).toBe("codex");
    expect(pair("codex", "2026-04-01").score).toBeLessThan(0.6);
    expect(pair("codex", "2026-04-02").batchBy).toBeNull();
  });

  it("keeps one template's tasks apart even when the titles are nearly the same, but not a repeated run", () => {
    const doc2 = (file: string, route: string) =>
      doc(
        `_handoffs/${file}.md`,
        [
          "---",
          "status: open",
          "assigned_to: ines",
          "created_by: copilot",
          "created: 2026-04-01T10:02:00Z",
          "---",
          "",
          `# OpenAPI reference: request schema, response schema, error codes and examples for \`/v1/${route}\``,
          "",
          "Add the path, its parameters and its responses to `api/openapi.yaml`, with examples, and",
          "check it renders in the docs site. Keep the schema names we already use for the shared",
          "error body and the pagination cursor.",
          "",
          "- [ ] Path, parameters and responses documented in `api/openapi.yaml`",
          "- [ ] Examples validate against the schema",
        ].join("\n"),
        ["api/openapi.yaml"],
      );
    const alerts = doc2("openapi-alerts", "alerts");
    const e = findDuplicates([alerts, doc2("openapi-fleets", "fleets")]).pair(
      "_handoffs/openapi-alerts.md",
      "_handoffs/openapi-fleets.md",
    )!;
    expect(e.titleSim).toBeGreaterThanOrEqual(0.6);
    expect(e.batchBy).toBe("copilot");
    expect(e.score).toBeLessThan(0.6);
    const again = findDuplicates([alerts, doc2("openapi-alerts-again", "alerts")]).pair(
      "_handoffs/openapi-alerts.md",
      "_handoffs/openapi-alerts-again.md",
    )!;
    expect(again.batchBy).toBeNull();
    expect(again.score).toBeGreaterThanOrEqual(0.6);
  });

  it("still groups a person's re-filing days later, when the first was forgotten", () => {
    const e = pair("marta", "2026-04-09");
    expect(e.batchBy).toBeNull();
    expect(e.score).toBeGreaterThanOrEqual(0.6);
  });
});

describe("titles alike, everything concrete different", () => {
  // Invented wording: two "Fix the backup alert" handoffs, one about the rule's threshold, the
  // other about the chat message it sends; both name files, none in common.
  const threshold = doc(
    "_handoffs/fix-backup-alert-a.md",
    "---\nassigned_to: dana\ncreated: 2026-03-02\n---\n# Fix the backup alert\n\nThe `BackupLate` rule in `ops/rules/backup.yaml` fires every night for the cold-storage vault, whose copy finishes two hours later by design. Give that vault its own window of three hours and keep the others at one hour; replay last month's history to confirm no warnings remain for the vault while a real delay still fires.\n\n- [ ] vault threshold raised\n- [ ] replay shows zero warnings\n",
  );
  const message = doc(
    "_handoffs/fix-backup-alerts-b.md",
    "---\nassigned_to: omar\ncreated: 2026-03-03\n---\n# Fix the backup alerts\n\nMessages posted to the chat channel read NaN minutes because `notify/chat_format.py` looks up a label the notifier never sets. Parse the duration from the annotation instead, add the vault name and a link to the status page, and say recovered after N minutes when it resolves.\n\n- [ ] formatter reads the annotation\n- [ ] resolved message wording\n",
  );
  it("does not let the title alone make them one task", () => {
    const e = findDuplicates([threshold, message]).pair(threshold.path, message.path)!;
    expect(e.titleSim).toBeGreaterThan(0.9);
    expect(e.titleOnly).toBe(true);
    expect(e.score).toBeLessThanOrEqual(0.45);
    expect(describeAgainst(e).join("; ")).toContain("alike only in title");
  });

  it("still groups a re-filing that names the same file", () => {
    const again = doc(
      "_handoffs/fix-backup-alert-c.md",
      "---\nassigned_to: dana\ncreated: 2026-03-04\n---\n# Fix the backup alert\n\nStill firing nightly: `ops/rules/backup.yaml` needs a separate window for the cold-storage vault (three hours), the rest stay at one hour. Check against last month's replay.\n",
    );
    const e = findDuplicates([threshold, again]).pair(threshold.path, again.path)!;
    expect(e.titleOnly).toBe(false);
    expect(e.score).toBeGreaterThanOrEqual(0.6);
  });
});

describe("titles that agree only on where the work is", () => {
  // Invented wording: two changes to one upload handler for one person, titled by the feature they
  // touch ("receipt upload") and by what each does to it; neither text mentions the other's change.
  const tracked = ["services/receipts/upload_handler.py"];
  const dedupe = doc(
    "_handoffs/receipt-upload-dedupe-key.md",
    "---\nassigned_to: lena\ncreated: 2026-05-04\n---\n# Dedupe key for receipt upload\n\n`services/receipts/upload_handler.py` stores a new row each time the phone resends after a timeout. Accept a client-generated key in a header, keep it with a unique constraint, and answer a resend with the stored row; clients without the header keep working.\n",
    tracked,
  );
  const thumbnails = doc(
    "_handoffs/receipt-upload-thumbnails.md",
    "---\nassigned_to: lena\ncreated: 2026-05-11\n---\n# Receipt upload thumbnails on the server\n\nList pages load every full-size scan. In `services/receipts/upload_handler.py` render a small preview with Pillow next to the original, store its storage name, let the list views show previews, and backfill previews for old scans with a one-off script.\n",
    tracked,
  );

  it("does not let a title that agrees only on the feature make two changes to one file one task", () => {
    const e = findDuplicates([dedupe, thumbnails]).pair(dedupe.path, thumbnails.path)!;
    expect(e.pathScore).toBeGreaterThanOrEqual(0.3);
    expect(e.titleSim).toBeGreaterThanOrEqual(0.3);
    expect(e.bodySim).toBeLessThan(0.33);
    expect(e.titleContradiction).toBe(true);
    expect(e.score).toBeLessThanOrEqual(0.45);
  });

  it("still groups a re-filing whose title is worded differently but whose text names the change", () => {
    const again = doc(
      "_handoffs/receipt-upload-resends.md",
      "---\nassigned_to: lena\ncreated: 2026-05-09\n---\n# Receipt upload stores resends twice\n\nA resend after a timeout makes a second row in `services/receipts/upload_handler.py`. Fix with a dedupe key: the phone sends one per submission in a header, the table keeps it unique, a resend gets the stored row back.\n",
      tracked,
    );
    const e = findDuplicates([dedupe, again]).pair(dedupe.path, again.path)!;
    expect(e.titleContradiction).toBe(false);
    expect(e.score).toBeGreaterThanOrEqual(0.6);
  });
});

describe("titles alike in a repository of many handoffs, bodies about different things", () => {
  // Invented wording: error tracking for the server and for the phone app. Both name a few rare
  // words (the tracker's name, "symbolicated"), so rare words anchor them; their files differ and
  // their bodies say different things, so the title is all that makes them look like one task.
  const filler = Array.from({ length: 60 }, (_, k) =>
    doc(
      `_handoffs/chore-${k}.md`,
      `---\nassigned_to: sam\ncreated: 2026-04-${String(1 + (k % 28)).padStart(2, "0")}\n---\n# Chore ${k}: tidy module m${k}\n\nRename helpers in module m${k} and update its changelog entry number ${k}.\n`,
    ),
  );
  const server = doc(
    "_handoffs/glitchwatch-for-the-api.md",
    "---\nassigned_to: ivo\ncreated: 2026-04-10\n---\n# Glitchwatch for the api server\n\nAdd the glitchwatch client to `api/pyproject.toml` and initialise it in `api/app/main.py` from an environment variable, disabled when unset. Tag solver failures with the stop count, keep traces sampled at five in a hundred, and scrub addresses before sending. Symbolicated traces are not needed for Python.\n",
  );
  const phone = doc(
    "_handoffs/glitchwatch-for-the-phone-app.md",
    "---\nassigned_to: ivo\ncreated: 2026-04-12\n---\n# Glitchwatch for the phone app\n\nInstall the glitchwatch package in `mobile/package.json`, wrap the root component in `mobile/app/_layout.tsx`, upload source maps from the build pipeline so crashes arrive symbolicated, and set the user to a hash of the courier id after login. We hear about crashes from phone calls today.\n",
  );

  it("do not make one task of the title alone, even when rare words anchor them", () => {
    const e = findDuplicates([...filler, server, phone]).pair(server.path, phone.path)!;
    expect(e.rareShared).toBeGreaterThanOrEqual(2);
    expect(e.titleSim).toBeGreaterThanOrEqual(0.3);
    expect(e.titleOnly).toBe(true);
    expect(e.score).toBeLessThanOrEqual(0.45);
  });
});

describe("titles that name the same actions in another order", () => {
  it("are not different steps of the work", () => {
    // Invented titles: the same ask, led by another verb.
    expect(
      actionRelation(
        actionsOf("Ship the desktop app to the Snap store"),
        actionsOf("Add Snap store shipping to CI"),
      ),
    ).not.toBe("conflict");
    expect(actionsOf("Publish the VS Code extension")).toEqual(["deploy"]);
    // near-miss: making a thing and shipping it are still two steps
    expect(actionRelation(actionsOf("Create the snap package"), actionsOf("Publish the snap package"))).toBe(
      "conflict",
    );
  });
});

describe("a dependency written in front matter", () => {
  // Invented wording: a loader that follows a skeleton, with the same owner and subject.
  const skeleton = doc(
    "_handoffs/2026-02-02-export-api-skeleton.md",
    "---\nowner: kai\ndate: 2026-02-02\n---\n# Export API: interfaces only\n\nDefine the exporter interface and the `exports:` settings block for third-party exporters. Nothing is loaded or run yet; exporters are discovered from the settings block and validated against the interface.\n",
  );
  const loader = (fm: string) =>
    doc(
      "_handoffs/2026-02-16-export-loader.md",
      `---\nowner: kai\ndate: 2026-02-16\n${fm}---\n# Load third-party exporters\n\nThe exporter interface and the \`exports:\` settings block are defined; now discover exporters from the settings block, validate them against the interface and run them in a sandbox.\n`,
    );

  it("makes the later handoff a follow-up, not a copy", () => {
    const linked = loader("depends_on: _handoffs/2026-02-02-export-api-skeleton.md\n");
    const e = findDuplicates([skeleton, linked]).pair(skeleton.path, linked.path)!;
    expect(e.linked).toBe(true);
    const plain = loader("");
    const p = findDuplicates([skeleton, plain]).pair(skeleton.path, plain.path)!;
    expect(p.linked).toBe(false);
    expect(e.score).toBeLessThan(p.score);
  });

  it("is read by file name too, but not from a key that may join copies", () => {
    const byName = loader("blocked-by: 2026-02-02-export-api-skeleton\n");
    expect(findDuplicates([skeleton, byName]).pair(skeleton.path, byName.path)!.linked).toBe(true);
    const related = loader("related: _handoffs/2026-02-02-export-api-skeleton.md\n");
    expect(findDuplicates([skeleton, related]).pair(skeleton.path, related.path)!.linked).toBe(false);
  });
});

describe("a handoff that says the other work is separate", () => {
  // Invented wording: two changes to one price cell, the later one naming the earlier as separate.
  const tracked = ["web/src/components/PriceCell.tsx"];
  const sign = doc(
    "_handoffs/2026-05-02-pricecell-sign.md",
    "---\nstatus: open\ndate: 2026-05-02\n---\n# PriceCell drops the refund sign\n\n`web/src/components/PriceCell.tsx` renders the absolute amount, so refunds look like sales on screen and in the export. Pass the entry kind, render a minus and the red class for refunds, and write signed amounts in the export.\n",
    tracked,
  );
  const format = (scope: string) =>
    doc(
      "_handoffs/2026-05-09-pricecell-format.md",
      `---\nstatus: open\ndate: 2026-05-09\n---\n# PriceCell: currency-aware formatting\n\n\`web/src/components/PriceCell.tsx\` formats every amount with two decimals and no grouping, so refunds and sales in yen show as 4800.00 in the export and on screen. Use the locale's currency formatting.\n\n${scope}\n`,
      tracked,
    );

  it("is not grouped with it, whatever else they share", () => {
    const said = format("Not in scope: the refund sign handling (separate handoff, 2 May).");
    const e = findDuplicates([sign, said]).pair(sign.path, said.path)!;
    expect(e.separatedBy).toBe(said.path);
    expect(e.score).toBeLessThanOrEqual(0.3);
    expect(describeAgainst(e).join("; ")).toContain("says the other's work is separate");
    const silent = format("");
    expect(findDuplicates([sign, silent]).pair(sign.path, silent.path)!.score).toBeGreaterThan(e.score + 0.1);
  });

  it("hears 'a different job', and leaves amounts out of the words to be named", () => {
    const pro = doc(
      "billing/pricing-pro_handoff.md",
      "---\nstatus: open\n---\n# Pricing change: Pro $19 → $24/mo\n\nUpdate `billing/plans.ts` and create the new price in the payment provider. Existing subscribers keep the old price for three months.\n",
      ["billing/plans.ts"],
    );
    const team = (line: string) =>
      doc(
        "billing/pricing-team_handoff.md",
        `---\nstatus: open\n---\n# Pricing change: Team $49 → $59 per seat\n\nUpdate \`billing/plans.ts\` and create the new price in the payment provider. Existing subscribers keep the old price for three months. ${line}\n`,
        ["billing/plans.ts"],
      );
    const said = team("Same decision as the Pro change, but Team is per seat, so it is a different job.");
    expect(findDuplicates([pro, said]).pair(pro.path, said.path)!.separatedBy).toBe(said.path);
    const silent = team("Seats are counted on the first of the month.");
    expect(findDuplicates([pro, silent]).pair(pro.path, silent.path)!.separatedBy).toBeNull();
  });

  it("hears 'not a dup of'", () => {
    const torch = doc(
      "triage/2024-09-03-torch-nanmean.md",
      "---\nstatus: open\n---\n# torch backend: nanmean of an all-NaN slice is silent\n\n`src/polyarr/nan.py` returns NaN without the RuntimeWarning numpy gives. Emit the warning in the torch path.\n",
      ["src/polyarr/nan.py"],
    );
    const jax = (line: string) =>
      doc(
        "triage/2024-09-12-jax-nanmean.md",
        `---\nstatus: open\n---\n# jax backend: nanmean on an all-NaN slice does not warn\n\n\`src/polyarr/nan.py\` returns NaN without the RuntimeWarning numpy gives. Emit the warning in the jax path. ${line}\n`,
        ["src/polyarr/nan.py"],
      );
    const said = jax("Not a dup of #401: that one is the torch backend and has its own fix.");
    expect(findDuplicates([torch, said]).pair(torch.path, said.path)!.separatedBy).toBe(said.path);
    const silent = jax("Seen on #401 too.");
    expect(findDuplicates([torch, silent]).pair(torch.path, silent.path)!.separatedBy).toBeNull();
  });

  it("hears 'X is a separate feed'", () => {
    // Invented wording: one exporter per kind of message, each saying the other is separate.
    const body = (kind: string, line: string) =>
      `**Status**: open\n\n# Telemetry export: ${kind} stream\n\nPublish the ${kind} stream from \`svc/export.py\` with retries and a dead-letter queue. ${line}\n`;
    const heartbeats = doc("ops/handoffs/heartbeats.md", body("Heartbeats", ""), ["svc/export.py"]);
    const said = doc(
      "ops/handoffs/faults.md",
      body("Faults", "Heartbeats are a separate stream, not in this task."),
      ["svc/export.py"],
    );
    expect(findDuplicates([heartbeats, said]).pair(heartbeats.path, said.path)!.separatedBy).toBe(said.path);
    const silent = doc("ops/handoffs/faults.md", body("Faults", "Heartbeats share the queue."), [
      "svc/export.py",
    ]);
    expect(findDuplicates([heartbeats, silent]).pair(heartbeats.path, silent.path)!.separatedBy).toBeNull();
  });

  it("hears 'the X itself is another handoff', where both titles name X", () => {
    // Invented wording: a test corpus for a filter, and the filter, filed by two people.
    const filter = doc(
      "fraud/_handoffs/geo-mismatch-filter.md",
      "---\nstatus: open\nowner: lee\n---\n# Pre-bid filter: IP country vs device country mismatch\n\nAdd a filter in `fraud/filters.go` that drops requests whose IP country contradicts the device country, log-only for a week, then enforce.\n",
      ["fraud/filters.go"],
    );
    const tests = (line: string) =>
      doc(
        "fraud/_handoffs/geo-mismatch-filter-tests.md",
        `---\nstatus: open\nowner: kim\n---\n# Test corpus for the IP/device country mismatch filter\n\nBuild a table of labelled IP country and device country cases for \`fraud/filters.go\`, including travellers and VPN users. ${line}\n`,
        ["fraud/filters.go"],
      );
    const said = tests("The filter itself is another handoff.");
    expect(findDuplicates([filter, said]).pair(filter.path, said.path)!.separatedBy).toBe(said.path);
    // near-miss: "itself" about something the other title does not name
    const other = tests("The corpus itself is another handoff's input too.");
    expect(findDuplicates([filter, other]).pair(filter.path, other.path)!.separatedBy).toBeNull();
  });

  it("needs the other title's own words in that sentence", () => {
    const unrelated = format("Not in scope: the tax column (separate handoff).");
    expect(findDuplicates([sign, unrelated]).pair(sign.path, unrelated.path)!.separatedBy).toBeNull();
    const silent = format("");
    expect(findDuplicates([sign, silent]).pair(sign.path, silent.path)!.separatedBy).toBeNull();
  });
});

describe("files listed in front matter", () => {
  // Invented wording: a player's report naming the file in its body, and an agent's re-filing
  // that lists it only in its front matter.
  const tracked = ["Game/Scripts/Input/TouchReader.cs"];
  const report = doc(
    "handoffs/2026-06-02-double-taps-lost.md",
    "# Double taps get lost on fast screens\n\n**Status**: open\n**File**: `Game/Scripts/Input/TouchReader.cs`\n\nOn 144 Hz tablets every third double tap is missed. The touch is read in the physics step, which runs less often than frames are drawn, so a tap that starts and ends between two steps is never seen. Read taps every frame, keep the time of the last one, and let the physics step use it within a short buffer.\n",
    tracked,
  );
  const refile = (fm: string) =>
    doc(
      "handoffs/double-tap-input-fast-screens.md",
      `---\nstatus: open\n${fm}---\n# Taps missed on high-refresh tablets\n\nOn 144 Hz tablets double taps are missed: the touch is read in the physics step, which runs less often than frames are drawn, so a tap between two steps is never seen. Read taps every frame, keep the time of the last one, and use it in the physics step within a short buffer.\n`,
      tracked,
    );

  it("count as the handoff's files", () => {
    const listed = refile("files:\n  - Game/Scripts/Input/TouchReader.cs\n");
    const e = findDuplicates([report, listed]).pair(report.path, listed.path)!;
    expect(e.sharedPaths.map((p) => p.key)).toEqual(["Game/Scripts/Input/TouchReader.cs"]);
    expect(e.sharedPaths[0]!.found).toBe(true);
    const unlisted = refile("");
    const u = findDuplicates([report, unlisted]).pair(report.path, unlisted.path)!;
    expect(u.sharedPaths).toEqual([]);
    expect(e.score).toBeGreaterThan(u.score);
  });

  it("only under a key that lists files", () => {
    const other = refile("owner: Game/Scripts/Input/TouchReader.cs\n");
    expect(findDuplicates([report, other]).pair(report.path, other.path)!.sharedPaths).toEqual([]);
  });
});

describe("an exported issue's own number", () => {
  it("is not an instance of a series: a re-opened bug gets a new number", () => {
    expect(
      markersConflict(
        sequenceMarkers("#147 Ogden meeting dates are a day early"),
        sequenceMarkers("#198 Ogden: meetings on the wrong day"),
      ),
    ).toBeNull();
    expect(sequenceMarkers("[Issue 212] Apply the backfill job").size).toBe(0);
    // a cloud region: AWS, Google Cloud and Azure codes
    expect(
      markersConflict(
        sequenceMarkers("Regional ingest edge in ap-southeast-2"),
        sequenceMarkers("Regional ingest edge in eu-west-1"),
      ),
    ).toBeTruthy();
    expect(sequenceMarkers("Move the bucket to europe-west4").get("region")).toBe("europe-west4");
    expect(sequenceMarkers("Failover drill (westeurope)").get("region")).toBe("westeurope");
    expect(
      markersConflict(
        sequenceMarkers("CDN peak prep — ap-southeast"),
        sequenceMarkers("CDN peak prep — eu-west"),
      ),
    ).toBeTruthy();
    expect(
      markersConflict(sequenceMarkers("EMEA launch checklist"), sequenceMarkers("APAC launch checklist")),
    ).toBeTruthy();
    // near-misses: one region named twice, two regions in one title, no region
    expect(
      markersConflict(
        sequenceMarkers("Replicate eu-west-1 to us-east-1"),
        sequenceMarkers("Regional ingest edge in eu-west-1"),
      ),
    ).toBeFalsy();
    expect(sequenceMarkers("Split the east-west traffic").has("region")).toBe(false);
    // a board or document revision
    expect(
      markersConflict(
        sequenceMarkers("rev B: disable heater command after SHT40 errata"),
        sequenceMarkers("rev C: proper SHT45 support"),
      ),
    ).toBeTruthy();
    expect(sequenceMarkers("Spec revision 2: retry budget").get("revision")).toBe("2");
    // a chapter, abbreviated; a title that compares itself with another names its own
    expect(
      markersConflict(
        sequenceMarkers("Ch3 figures fail the Graduate School format check"),
        sequenceMarkers("Ch4 figures: same resolution/font problem as ch3"),
      ),
    ).toBeTruthy();
    expect(sequenceMarkers("Figures like the ones in ch3").has("chapter")).toBe(false);
    // near-misses: words that start with "rev"
    expect(sequenceMarkers("Review the heater errata").has("revision")).toBe(false);
    expect(sequenceMarkers("Revert a bad driver commit").has("revision")).toBe(false);
    // near-miss: a number that refers to another ticket, and a phase
    expect(sequenceMarkers("Fix CI for #12").get("number")).toBe("12");
    expect(
      markersConflict(sequenceMarkers("Phase 1: import"), sequenceMarkers("Phase 2: import")),
    ).not.toBeNull();
  });
});

describe("people's names", () => {
  it("are one person with and without accents", () => {
    const a = doc("_handoffs/a.md", "---\nassigned_to: Tomás\n---\n# Rotate the relay key\n\nRotate it.\n");
    const b = doc(
      "_handoffs/b.md",
      "---\nassigned_to: tomas\n---\n# Rotate the relay key again\n\nRotate it.\n",
    );
    expect(findDuplicates([a, b]).pair(a.path, b.path)?.sameAssignee).toBe("tomas");
  });

  // "any agent (mobile)" names nobody: the pair is not "assigned to different people".
  it.each([
    "any agent (mobile)",
    "Whoever is on call",
    "next agent",
    "TBD",
    "n/a",
    "anyone",
  ])("'%s' is nobody in particular", (nobody) => {
    const a = doc("_handoffs/a.md", "---\nassigned_to: Marco\n---\n# Rotate the relay key\n\nRotate it.\n");
    const b = doc(
      "_handoffs/b.md",
      `**Assignee**: ${nobody}\n\n# Rotate the relay key again\n\nRotate it.\n`,
    );
    expect(findDuplicates([a, b]).pair(a.path, b.path)?.differentAssignees).toBe(false);
  });
  it("a named person still differs from another", () => {
    const a = doc("_handoffs/a.md", "---\nassigned_to: Marco\n---\n# Rotate the relay key\n\nRotate it.\n");
    const b = doc(
      "_handoffs/b.md",
      "**Assignee**: Sven (mobile)\n\n# Rotate the relay key again\n\nRotate it.\n",
    );
    expect(findDuplicates([a, b]).pair(a.path, b.path)?.differentAssignees).toBe(true);
  });
});

describe("what a title says beyond its subject", () => {
  it("names the environment a step runs in: staging and production are two steps", () => {
    expect(
      markersConflict(
        sequenceMarkers("Apply 0007_ledger on staging"),
        sequenceMarkers("Runbook: apply 0007_ledger to production"),
      ),
    ).toBe("environment staging vs production");
    expect(
      markersConflict(
        sequenceMarkers("Deploy the poller to prod"),
        sequenceMarkers("Deploy the poller to production"),
      ),
    ).toBeNull();
    // a step between two environments names neither as its own
    expect(sequenceMarkers("Promote the build from staging to production").has("environment")).toBe(false);
    expect(sequenceMarkers("Fix staging flakiness").has("environment")).toBe(false);
  });

  it("reads the environment in a parenthesis, after a platform's name and in a host name", () => {
    expect(sequenceMarkers("Rotate the *.acme.com wildcard cert (prod)").get("environment")).toBe(
      "production",
    );
    expect(sequenceMarkers("[staging] flaky deploys of the poller").get("environment")).toBe("staging");
    expect(sequenceMarkers("Set MAIL_KEY for Vercel Preview deployments").get("environment")).toBe("preview");
    expect(sequenceMarkers("Rotate *.staging.acme-internal.net cert").get("environment")).toBe("staging");
    expect(sequenceMarkers("Point staging.shop.example.com at the new LB").get("environment")).toBe(
      "staging",
    );
    // near-misses: a word inside a name, a file named for an environment without a host
    expect(sequenceMarkers("Fix the preview pane in the editor").has("environment")).toBe(false);
    expect(sequenceMarkers("Clean up prod.yaml").has("environment")).toBe(false);
  });

  it("reads one framework's adapter and one locale per title", () => {
    expect(
      markersConflict(
        sequenceMarkers("Flaky: filters options as the user types (react)"),
        sequenceMarkers("Flaky: filters options as the user types (svelte)"),
      ),
    ).toBe("framework react vs svelte");
    expect(
      markersConflict(
        sequenceMarkers("[i18n][es] Translate components/combobox"),
        sequenceMarkers("[i18n][ja] Translate components/combobox"),
      ),
    ).toBe("locale spanish vs japanese");
    expect(
      markersConflict(
        sequenceMarkers("[ja] Translate the combobox page"),
        sequenceMarkers("Japanese combobox page"),
      ),
    ).toBeNull();
    // near-misses: a move between two frameworks names neither; a word that is no language tag
    expect(sequenceMarkers("Migrate the combobox from React to Vue").has("framework")).toBe(false);
    expect(sequenceMarkers("Fix the id (es module build)").has("locale")).toBe(false);
  });

  it("reads one host per title: two hosts of one domain are two sites, a parent domain is not", () => {
    expect(
      markersConflict(
        sequenceMarkers("DNS record for docs.pipewell.dev"),
        sequenceMarkers("CNAME for status.pipewell.dev"),
      ),
    ).toBe("host docs.pipewell.dev vs status.pipewell.dev");
    expect(
      markersConflict(
        sequenceMarkers("Renew the cert for example.com"),
        sequenceMarkers("Renew *.example.com"),
      ),
    ).toBeNull();
    expect(
      markersConflict(
        sequenceMarkers("Renew api.example.com cert"),
        sequenceMarkers("api.example.com certificate expires Friday"),
      ),
    ).toBeNull();
    // file names are not hosts
    expect(sequenceMarkers("Update plans.ts and install.sh").has("host")).toBe(false);
    expect(sequenceMarkers("Document config.prod.yaml").has("host")).toBe(false);
  });

  it("keeps an agent's session notes of different days apart, but not a re-issued task", () => {
    const session = (day: string) =>
      doc(
        `_handoffs/codex/2024-09-${day}-session.md`,
        `# Codex session handoff — 2024-09-${day}\n\n## Did\n- Reviewed the open PRs and regenerated the weekly report.\n- Reproduced the DOB parsing failure with the synthetic fixture.\n\n## Notes for next agent\n- The test target needs TZ=America/Chicago.\n`,
      );
    const e = findDuplicates([session("09"), session("16")]).pair(
      "_handoffs/codex/2024-09-09-session.md",
      "_handoffs/codex/2024-09-16-session.md",
    )!;
    expect(e.instanceConflict).toBe("sessions of different dates");
    expect(e.score).toBeLessThanOrEqual(0.3);
    const task = (day: string) =>
      doc(
        `_handoffs/deploy-healer-${day}.md`,
        `# Deploy api_healer.py (2025-01-${day})\n\nDeploy \`crewai-service/api_healer.py\` to the production box and restart the healer service.\n`,
        ["crewai-service/api_healer.py"],
      );
    const t = findDuplicates([task("10"), task("12")]).pair(
      "_handoffs/deploy-healer-10.md",
      "_handoffs/deploy-healer-12.md",
    )!;
    expect(t.instanceConflict).toBeNull();
  });

  it("reads a periodic note of one day as a report", () => {
    expect(isReport("Live-ops daily — Thu 2025-10-09")).toBe(true);
    expect(isReport("Infra weekly: 2026-03-02")).toBe(true);
    // near-miss: a task about the daily report
    expect(isReport("Daily live-ops report revenue doesn't include Steam")).toBe(false);
  });

  it("reads a period's update or log as a report, and not a task about such a thing", () => {
    expect(isReport("Weekly platform update: week ending 2026-04-10")).toBe(true);
    expect(isReport("Agent daily log: 2026-04-09 (Codex)")).toBe(true);
    expect(isReport("Nightly build log 2026-04-09")).toBe(true);
    expect(isReport("Dev log")).toBe(true);
    expect(isReport("Add nightly backup log rotation")).toBe(false);
    expect(isReport("Rotate the agent log files")).toBe(false);
    expect(isReport("Shift handover — 2026-04-09 — EMEA")).toBe(true);
    expect(isReport("On-call handoff: week 15")).toBe(true);
    expect(isReport("Fix the nightly handoff job")).toBe(false);
    expect(isReport("Deploy the shift handover template")).toBe(false);
  });

  it("reads session summaries and wrap-ups as reports", () => {
    expect(isReport("Session summary — gemini — 2026-03-17")).toBe(true);
    expect(isReport("Wrap-up: cursor session, Wed 18 March")).toBe(true);
    expect(isReport("Summarise sessions in the admin panel")).toBe(false);
  });

  it("reads 'put … live' as a deploy", () => {
    expect(actionsOf("Put the worker dashboard live on Grafana Cloud")).toContain("deploy");
    expect(
      actionRelation(
        actionsOf("Put the worker dashboard live"),
        actionsOf("Write the worker dashboard definition"),
      ),
    ).toBe("conflict");
  });

  it("reads documenting a thing and testing it as two steps", () => {
    expect(
      actionRelation(
        actionsOf("Docs: dtype promotion table per backend"),
        actionsOf("Tests for the cross-backend dtype promotion table"),
      ),
    ).toBe("conflict");
    // near-miss: two ways to ask for the docs
    expect(
      actionRelation(actionsOf("Document the retry policy"), actionsOf("Write docs for the retry policy")),
    ).toBe("same");
  });

  it("leaves out a parenthesis that only says when the work can start", () => {
    const tests = doc(
      "_handoffs/tests.md",
      "# Tests for the parser (after Ben pushes it)\n\nAdd tests for `worker/parser.py` once it lands.\n",
    );
    const push = doc(
      "_handoffs/push-parser.md",
      "# Push the parser\n\nPush `worker/parser.py` and redeploy.\n",
    );
    const e = findDuplicates([tests, push]).pair(tests.path, push.path)!;
    expect(e.titleSim).toBeLessThan(0.6);
  });
});

describe("one experiment run per value, one study per subject", () => {
  it("reads titles that differ only in a value as variants", () => {
    expect(
      variantSlot("Linear probe: MAE ViT-B/16 on EuroSAT", "Linear probe: MAE ViT-S/16 on EuroSAT"),
    ).toBe("b vs s");
    expect(
      variantSlot("fine-tune ViT-B on BigEarthNet, 10% labels", "fine-tune ViT-B on BigEarthNet, 1% labels"),
    ).toBe("10% vs 1%");
    expect(variantSlot("Train ResNet-50 baseline", "Train ResNet-101 baseline")).toBe("50 vs 101");
    // near-misses: a re-issue with a new date, a reworded title, a title with a word more
    expect(variantSlot("Deploy api_healer.py (2025-01-10)", "Deploy api_healer.py (2025-01-12)")).toBeNull();
    expect(variantSlot("Fix the login bug", "Fix a login bug")).toBeNull();
    expect(variantSlot("Rotate the staging key", "Rotate the staging key again")).toBeNull();
  });

  it("reads titles that differ only in a path as one change per package", () => {
    expect(pathSlot("Upgrade apps/docs to Node 20", "Upgrade apps/web to Node 20")).toBe(
      "apps/docs vs apps/web",
    );
    expect(
      pathSlot("Add `packages/cli/` to the release (2025-02-01)", "Add `packages/sdk/` to the release"),
    ).toBe("packages/cli vs packages/sdk");
    // near-misses: the same file written shorter, words that are not paths, two slots
    expect(pathSlot("Deploy crewai-service/api_healer.py now", "Deploy api_healer.py now")).toBeNull();
    expect(pathSlot("Upgrade the docs to Node 20", "Upgrade the web to Node 20")).toBeNull();
    expect(pathSlot("Move apps/docs to Node 20", "Upgrade apps/web to Node 22")).toBeNull();
  });

  it("reads different labels over one subject as one instance each, unless one names the other", () => {
    const never = () => false;
    expect(
      labelledInstances(
        "Lakeshore: build MDM^T02 inbound channel",
        "Westmere: build MDM^T02 inbound channel",
        never,
        never,
      ),
    ).toBe("lakeshore vs westmere");
    expect(labelledInstances("Pro plan: raise the price", "Team plan: raise the price", never, never)).toBe(
      "pro vs team",
    );
    // one handoff names the other's label: an area, not an instance
    expect(
      labelledInstances("API: add rate limits", "Backend: add rate limits", (w) => w === "backend", never),
    ).toBeNull();
    // near-misses: ticket ids and kinds of note, a person spoken to, a status, other subjects
    // A snake_case label is one name (a dataset's), and two words of subject in common are enough.
    expect(
      labelledInstances(
        "ferry_schedules: load fails on the new timestamp column",
        "bike_counts: load fails after the vendor's export change",
        never,
        never,
      ),
    ).toBe("ferry_schedules vs bike_counts");
    expect(
      labelledInstances(
        "Fleet ops: load fails on timestamps",
        "Bike desk: load fails after the export change",
        never,
        never,
      ),
    ).toBeNull();
    // A name after the dash; named by the other only when it says every word of the name.
    expect(
      labelledInstances(
        "Annual records review — Fire Marshal",
        "Annual records review — Parks Board",
        (w) => w === "park",
        never,
      ),
    ).toBe("fire marshal vs park board");
    expect(
      labelledInstances(
        "Annual records review — Fire Marshal",
        "Annual records review — Parks Board",
        (w) => w === "park" || w === "board",
        never,
      ),
    ).toBeNull();
    expect(labelledInstances("RB-55: calendar blank", "QA-7: calendar blank", never, never)).toBeNull();
    expect(
      labelledInstances("Debug diary: calendar blank", "Ticket notes: calendar blank", never, never),
    ).toBeNull();
    expect(
      labelledInstances("Priya: please apply bucket.tf", "Blocked: bucket.tf needs apply", never, never),
    ).toBeNull();
    expect(
      labelledInstances("Blocked: apply bucket.tf", "Lakeshore: apply bucket.tf", never, never),
    ).toBeNull();
    expect(
      labelledInstances("Lakeshore: new lab feed", "Westmere: retire fax gateway", never, never),
    ).toBeNull();
  });

  // Invented wording: one rollout template, filled in for two sites.
  const site = (name: string, other: string) =>
    doc(
      `sites/${name.toLowerCase()}/handoffs/adt-feed.md`,
      `---\nstatus: open\nassigned_to: mara\ncreated: 2025-02-03\n---\n# ${name}: build the ADT inbound channel\n\n${other}Build the ADT inbound channel for ${name}: MLLP listener, ACK on receipt, map PV1-19 to the encounter id, archive raw messages for 30 days. Reuse \`engine/templates/adt.xml\`.\n`,
      ["engine/templates/adt.xml"],
    );

  it("keeps one site's rollout apart from another's, also when one compares itself to the other", () => {
    const a = site("Lakeshore", "");
    for (const b of [
      site("Westmere", ""),
      site("Westmere", "Same idea as Lakeshore, but for the Westmere EHR. "),
    ]) {
      const e = findDuplicates([a, b]).pair(a.path, b.path)!;
      expect(e.instanceConflict).toBe("instances lakeshore vs westmere");
      expect(e.score).toBeLessThanOrEqual(0.3);
    }
    const names = site("Westmere", "Ask the Lakeshore interface team for the port. ");
    expect(findDuplicates([a, names]).pair(a.path, names.path)!.instanceConflict).toBeNull();
  });

  it("reads the other work's owner in a line that calls it a separate task", () => {
    const feature = doc(
      "app/_handoffs/history-export-csv.md",
      "**Status**: todo\n**Owner**: @priya\n\n# HistoryScreen: CSV export via share sheet\n\nAdd an Export action to the history screen: range picker, CSV from the local DB, share sheet.\n",
    );
    const tests = (aside: string) =>
      doc(
        "app/_handoffs/history-export-csv-tests.md",
        `---\ntitle: Tests for history CSV export\nstatus: open\nowner: kite\n---\n\nOnce the export feature lands (${aside}), add test coverage.\n\nCover the CSV export of the history screen: range picker, CSV from the local DB, share sheet.\n`,
      );
    const apart = tests("separate task, @priya");
    expect(findDuplicates([feature, apart]).pair(feature.path, apart.path)!.separatedBy).toBe(apart.path);
    // near-miss: "separate task" with nobody named who owns the other
    const unnamed = tests("separate task");
    expect(findDuplicates([feature, unnamed]).pair(feature.path, unnamed.path)!.separatedBy).toBeNull();
  });

  it("reads an agent's prefixed name as the agent, and a request for someone as nobody", () => {
    expect([...normalizeAssignee("agent:kite (prepared), needs human release captain")]).toEqual(["kite"]);
    expect([...normalizeAssignee("agent: kite")]).toEqual(["kite"]);
    // near-miss: two people
    expect([...normalizeAssignee("@jonas, @mei")]).toEqual(["jonas", "mei"]);
  });

  // Invented wording: tracing added to two services from one checklist.
  const tracing = (service: string, folder: string, extra: string) =>
    doc(
      `services/${service}/${folder}/otel-tracing.md`,
      `---\nstatus: open\nowner: codex\ncreated: 2024-05-11\n---\n\n# OpenTelemetry tracing for ${service}\n\n- auto-instrument the HTTP server, W3C tracecontext propagation\n- span around the slow call with tenant attributes\n- ${extra}OTLP exporter to \`otel-agent.observability:4317\`\n- sample 5% in prod, 100% in staging\n`,
    );

  it("keeps one service's copy of a checklist apart, also when one names the other's endpoint as the same", () => {
    const a = tracing("ingest", "docs/handoffs", "");
    for (const b of [
      tracing("scoring", "_handoffs", ""),
      tracing("scoring", "_handoffs", "same OTLP endpoint as ingest, "),
    ]) {
      const e = findDuplicates([a, b]).pair(a.path, b.path)!;
      expect(e.instanceConflict).toBe("instances ingest vs scoring");
      expect(e.score).toBeLessThan(0.6);
    }
  });

  it("reads file names that differ in one word each title names as one instance each", () => {
    const never = () => false;
    expect(
      fileSlot(
        "ci/flaky/test_solve_batched_jax-handoff.md",
        "ci/flaky/test_solve_batched_torch-handoff.md",
        ["Flaky test report", "FLAKY: test_solve_batched[jax-float64]"],
        ["Flaky test report", "FLAKY: test_solve_batched[torch-float64]"],
        never,
      ),
    ).toEqual(["jax", "torch"]);
    expect(
      fileSlot(
        "t/2024-09-03-torch-nanmean-allnan.md",
        "t/2024-09-12-jax-nanmean-allnan.md",
        ["torch: nanmean"],
        ["jax: nanmean"],
        never,
      ),
    ).toEqual(["torch", "jax"]);
    // near-misses: words a re-filing adds, agents' names, a word the title does not name
    expect(
      fileSlot(
        "h/deploy-healer-urgent.md",
        "h/deploy-healer-asap.md",
        ["Deploy healer URGENT"],
        ["Deploy healer ASAP"],
        never,
      ),
    ).toBeNull();
    expect(
      fileSlot(
        "h/codex-deploy-healer.md",
        "h/gemini-deploy-healer.md",
        ["Codex: deploy healer"],
        ["Gemini: deploy healer"],
        (w) => ["codex", "gemini"].includes(w),
      ),
    ).toBeNull();
    expect(
      fileSlot(
        "h/deploy-healer-jax.md",
        "h/deploy-healer-torch.md",
        ["Deploy the healer"],
        ["Deploy the healer"],
        never,
      ),
    ).toBeNull();
    // a generic file name is read with its folders; a year alone names an edition
    expect(
      fileSlot(
        "events/halloween-2025/HANDOFF.md",
        "events/winter-2025/HANDOFF.md",
        ["Haunted Harvest 2025 (Halloween)"],
        ["Frostfall Fest 2025 (Winter)"],
        never,
      ),
    ).toEqual(["halloween", "winter"]);
    expect(
      fileSlot(
        "events/lny-2026/HANDOFF.md",
        "events/winter-2025/HANDOFF.md",
        ["Lunar New Year 2026"],
        ["Winter 2025"],
        never,
      ),
    ).toEqual(["lny", "winter"]);
    expect(
      fileSlot(
        "events/halloween-2024/HANDOFF.md",
        "events/halloween-2025/HANDOFF.md",
        ["Halloween"],
        ["Halloween"],
        never,
      ),
    ).toEqual(["2024", "2025"]);
    // the same file name in two folders: the folders name the instances
    expect(
      fileSlot(
        "docs/_handoffs/i18n/es/combobox-page.md",
        "docs/_handoffs/i18n/ja/combobox-page.md",
        ["[i18n][es] Translate components/combobox"],
        ["[i18n][ja] Translate components/combobox"],
        never,
      ),
    ).toEqual(["es", "ja"]);
    // the folders that hold handoffs name nothing: the service folders above them do
    expect(
      fileSlot(
        "services/ingest/docs/handoffs/otel-tracing.md",
        "services/scoring/_handoffs/otel-tracing.md",
        ["OpenTelemetry tracing for ingest (collector + queryapi)"],
        ["OpenTelemetry tracing for scoring"],
        never,
      ),
    ).toEqual(["ingest", "scoring"]);
    // near-miss: the same name under two handoff folders of one service
    expect(
      fileSlot(
        "services/ingest/docs/handoffs/otel-tracing.md",
        "services/ingest/_handoffs/otel-tracing.md",
        ["OpenTelemetry tracing for ingest"],
        ["Tracing for ingest (again)"],
        never,
      ),
    ).toBeNull();
    // near-miss: two handoffs of one folder
    expect(
      fileSlot("events/halloween-2025/HANDOFF.md", "events/halloween-2025/README.md", ["A"], ["B"], never),
    ).toBeNull();
  });

  it("reads site codes in file names as one site each", () => {
    const never = () => false;
    const a = "_handoffs/ams2-peak-label-printers.md";
    const b = "_handoffs/lhr1-peak-label-printers.md";
    expect(fileSlot(a, b, ["AMS2 peak — label printers"], ["LHR1 peak — label printers"], never)).toEqual([
      "ams2",
      "lhr1",
    ]);
    // near-miss: a number that is no site code
    expect(
      fileSlot(
        "_handoffs/peak-2024-label-printers.md",
        "_handoffs/peak-120-label-printers.md",
        ["Peak 2024 — label printers"],
        ["Peak 120 — label printers"],
        never,
      ),
    ).toBeNull();
  });

  it("reads two snake_case names in file names as one dataset each, when each handoff writes its own", () => {
    const never = () => false;
    const fileA = "etl/todo-ferry-schedules-schema.md";
    const fileB = "etl/todo-bike-counts-schema.md";
    expect(
      fileSlot(
        fileA,
        fileB,
        [fileA],
        [fileB],
        never,
        "write the schema for ferry_schedules",
        "write the schema for bike_counts",
      ),
    ).toEqual(["ferry schedules", "bike counts"]);
    // near-misses: words never written as one name, and a handoff that names the other's dataset
    expect(
      fileSlot(
        fileA,
        fileB,
        [fileA],
        [fileB],
        never,
        "write the ferry schedules schema",
        "write the bike counts schema",
      ),
    ).toBeNull();
    expect(
      fileSlot(
        fileA,
        fileB,
        [fileA],
        [fileB],
        never,
        "ferry_schedules, like bike_counts",
        "write bike_counts",
      ),
    ).toBeNull();
  });

  it("reads titles that differ only in one snake_case name as one table each, parentheses aside", () => {
    expect(
      pathSlot(
        "Backfill sensor_readings (2019 onwards) before the cutover",
        "Backfill gate_events (all years) before the cutover",
      ),
    ).toBe("sensor_readings vs gate_events");
    expect(
      pathSlot("Backfill sensor readings before the cutover", "Backfill gate events before the cutover"),
    ).toBeNull();
  });

  it("reads two snake_case code names alike but for one part as one channel or job each", () => {
    expect(codeNameSlot("PAYOUT_SYNC_EU — retry on 502", "PAYOUT_SYNC_US — retry the 502s")).toEqual([
      "eu",
      "us",
    ]);
    expect(codeNameSlot("ORD_IN_DE → ERP: map VAT codes", "ORD_IN_FR → ERP: VAT code mapping")).toEqual([
      "de",
      "fr",
    ]);
    // near-misses: the same name in both, a version (often the same job redone), two parts apart
    expect(codeNameSlot("PAYOUT_SYNC_EU — retry on 502", "PAYOUT_SYNC_EU retries")).toBeNull();
    expect(codeNameSlot("LEDGER_EXPORT_V1 — fix totals", "LEDGER_EXPORT_V2 — fix totals")).toBeNull();
    expect(codeNameSlot("ORD_IN_DE — map VAT", "ORD_OUT_FR — map VAT")).toBeNull();
  });

  it("reads two dotted names alike but for their last part as one schema, table or class each", () => {
    const ext = (e: string) => ["ts", "py", "md", "sql"].includes(e);
    expect(
      qualifiedSlot(
        "Blocked: TRANSFORMER cannot read RAW.SALESFORCE",
        "TRANSFORMER has no SELECT on new RAW.HUBSPOT tables",
        ext,
      ),
    ).toEqual(["salesforce", "hubspot"]);
    expect(
      qualifiedSlot("Backfill analytics.fct_revenue for 2023", "Backfill analytics.fct_pipeline", ext),
    ).toEqual(["fct_revenue", "fct_pipeline"]);
    // near-misses: file names, another schema, the same name, two names in one title
    expect(qualifiedSlot("Fix billing/plans.ts", "Fix billing/prices.ts", ext)).toBeNull();
    expect(qualifiedSlot("Grant RAW.SALESFORCE", "Grant STAGING.HUBSPOT", ext)).toBeNull();
    expect(qualifiedSlot("Grant RAW.SALESFORCE", "RAW.SALESFORCE grant missing", ext)).toBeNull();
    expect(qualifiedSlot("Grant RAW.SALESFORCE and RAW.STRIPE", "Grant RAW.HUBSPOT", ext)).toBeNull();
  });

  it("reads one specific label over disjoint subjects as parallel studies", () => {
    expect(labelledSiblings("Ablation: MAE masking ratio", "Ablation: patch size")).toBe(
      "MAE masking ratio vs patch size",
    );
    // near-misses: a generic label, a subject that shares a word, subjects that are tasks (one
    // problem as a symptom and as its fix)
    expect(
      labelledSiblings("Handoff: deploy the healer", "Handoff: ship the self-repair service"),
    ).toBeNull();
    expect(labelledSiblings("Ablation: masking ratio", "Ablation: masking schedule")).toBeNull();
    expect(
      labelledSiblings(
        "CI: get rid of the Node deprecation warnings",
        "CI: replace the archived actions-rs actions",
      ),
    ).toBeNull();
  });

  // Two runs of one experiment template and a re-issue of the first. Wording invented for this test.
  const run = (file: string, owner: string, created: string, size: string, checkpoint: string) =>
    doc(
      `experiments/handoffs/${file}.md`,
      [
        "---",
        "status: open",
        `assigned_to: ${owner}`,
        `created: ${created}`,
        "---",
        "",
        `# Linear probe: MAE ViT-${size}/16 on EuroSAT`,
        "",
        `Run the standard linear probe on EuroSAT for the ViT-${size} checkpoint \`${checkpoint}\`, with`,
        "`configs/eval/linear_probe_eurosat.yaml`: frozen backbone, LARS, 100 epochs, learning rates",
        "0.1, 0.3 and 1.0. Append top-1 accuracy to `results/linear_probe_eurosat.csv`.",
      ].join("\n"),
      ["configs/eval/linear_probe_eurosat.yaml", "results/linear_probe_eurosat.csv"],
    );

  it("keeps runs for different model sizes apart, and groups a re-issue of one", () => {
    const analysis = findDuplicates([
      run("probe-vitb", "tomasz", "2024-09-10", "B", "runs/mae_vitb_400ep/final.pt"),
      run("probe-vits", "tomasz", "2024-09-10", "S", "runs/mae_vits_800ep/step_200k.pt"),
      run("probe-vitb-again", "kite", "2024-09-16", "B", "runs/mae_vitb_400ep/final.pt"),
    ]);
    const sizes = analysis.pair("experiments/handoffs/probe-vitb.md", "experiments/handoffs/probe-vits.md")!;
    expect(sizes.instanceConflict).toBe("variants b vs s");
    expect(sizes.score).toBeLessThan(0.45);
    expect(analysis.groups.map((g) => [...g.members].sort())).toEqual([
      ["experiments/handoffs/probe-vitb-again.md", "experiments/handoffs/probe-vitb.md"],
    ]);
  });
});

describe("releases, experiment arms and platforms", () => {
  it("reads a version of three parts, an arm's capital letter and one platform as the instance", () => {
    expect(
      markersConflict(
        sequenceMarkers("Release checklist 3.4.1 (hotfix)"),
        sequenceMarkers("Release checklist 3.5.0"),
      ),
    ).toBe("version 3.4.1 vs 3.5.0");
    expect(
      markersConflict(
        sequenceMarkers("Paywall experiment: set up variant B (annual plan first)"),
        sequenceMarkers("Paywall experiment: set up variant C (14-day trial)"),
      ),
    ).toBe("variant B vs C");
    expect(
      markersConflict(
        sequenceMarkers("Android: shopping list home-screen widget (Jetpack Glance)"),
        sequenceMarkers("iOS: shopping list home-screen widget (WidgetKit)"),
      ),
    ).toBe("platform android vs ios");
    // near-misses: an address, an article after "option", a title naming both platforms, a title
    // naming none
    expect(markersConflict(sequenceMarkers("Block 10.0.0.1"), sequenceMarkers("Block 10.0.0.2"))).toBeNull();
    expect(
      markersConflict(
        sequenceMarkers("Add an option a user can pick"),
        sequenceMarkers("Add option B to settings"),
      ),
    ).toBeNull();
    expect(
      markersConflict(
        sequenceMarkers("Widget for Android and iOS"),
        sequenceMarkers("iOS widget (WidgetKit)"),
      ),
    ).toBeNull();
    expect(
      markersConflict(sequenceMarkers("Shopping list widget"), sequenceMarkers("iOS widget")),
    ).toBeNull();
  });

  it("tells labelled tasks apart by the code each one names, even where a verb leads", () => {
    expect(labelledSiblings("Analytics: add list_shared event", "Analytics: recipe_saved")).toBe(
      "add list_shared event vs recipe_saved",
    );
    // near-miss: the same event asked for twice
    expect(labelledSiblings("Analytics: add list_shared event", "Analytics: track list_shared")).toBeNull();
  });

  // A German translation of the paywall that says the onboarding is separate work, against the
  // onboarding's own translation. Wording invented for this test.
  const l10n = (file: string, title: string, extra: string) =>
    doc(
      `_handoffs/l10n/${file}.md`,
      [
        "---",
        "status: open",
        "created: 2025-04-07",
        "---",
        "",
        `# ${title}`,
        "",
        "Translate the screen's strings into `src/i18n/de.json`. Prices come from the store with",
        "`{{price}}` placeholders: keep them, and keep the keys in the same order as `en.json`.",
        extra,
      ].join("\n"),
      ["src/i18n/de.json", "src/i18n/en.json"],
    );

  it("keeps apart a handoff that calls the other's subject a separate task", () => {
    const pair = (extra: string) =>
      findDuplicates([
        l10n("paywall-de", "German: paywall strings", extra),
        l10n("onboarding-de", "de-DE: onboarding flow strings", ""),
      ]).pair("_handoffs/l10n/paywall-de.md", "_handoffs/l10n/onboarding-de.md")!;
    expect(pair("Onboarding strings are a separate task; this is only the paywall screen.").separatedBy).toBe(
      "_handoffs/l10n/paywall-de.md",
    );
    // near-miss: a separate task about something else
    expect(pair("The legal review is a separate task.").separatedBy).toBeNull();
  });
});

describe("one named partition, cluster or queue each", () => {
  it("reads the name before the noun as the instance, and one name written in full or in part as one", () => {
    expect(
      markersConflict(
        sequenceMarkers("User guide page for the bigmem partition"),
        sequenceMarkers("User guide page for the gpu-h100 partition"),
      ),
    ).toBe("partition bigmem vs gpu-h100");
    expect(
      markersConflict(
        sequenceMarkers("Drain the talon cluster"),
        sequenceMarkers("Drain the osprey cluster"),
      ),
    ).toBeTruthy();
    expect(
      markersConflict(
        sequenceMarkers("Raise limits on the billing namespace"),
        sequenceMarkers("Raise limits on the search namespace"),
      ),
    ).toBeTruthy();
    // near-misses: one name in full and in part, words that describe, two names in one title
    expect(
      markersConflict(
        sequenceMarkers("docs: H100 partition missing from the user guide"),
        sequenceMarkers("User guide for the gpu-h100 partition"),
      ),
    ).toBeNull();
    expect(sequenceMarkers("Upgrade the Slurm cluster").has("cluster")).toBe(false);
    expect(sequenceMarkers("Spin up the new cluster").has("cluster")).toBe(false);
    expect(sequenceMarkers("Move jobs from the a100 partition to the h100 partition").has("partition")).toBe(
      false,
    );
  });

  it("keeps apart two guides for two partitions when only the front matter names the partition", () => {
    const guide = (file: string, partition: string, created: string) =>
      doc(
        `hpc/_handoffs/${file}`,
        [
          "---",
          `title: User guide page for the ${partition} partition`,
          "status: open",
          "assignee: akhan",
          `created: ${created}`,
          "---",
          "",
          `# Write user-guide page: ${partition}`,
          "",
          "Write a page (or a section in `docs/user-guide/partitions.md`) covering:",
          "",
          `- [ ] how to request: \`--partition=${partition}\``,
          "- [ ] limits: MaxTime, who has access",
          "- [ ] example sbatch script",
          "- [ ] link from the FAQ",
          "",
          "Ask @rpatel to review the limits before publishing.",
        ].join("\n"),
        ["docs/user-guide/partitions.md"],
      );
    const result = findDuplicates([
      guide("2025-03-10-user-guide.md", "bigmem", "2025-03-10"),
      guide("2025-03-12-docs-page.md", "gpu-h100", "2025-03-12"),
    ]);
    const pair = result.pair(
      "hpc/_handoffs/2025-03-10-user-guide.md",
      "hpc/_handoffs/2025-03-12-docs-page.md",
    );
    expect(pair?.instanceConflict).toBe("partition bigmem vs gpu-h100");
    expect(result.groups).toHaveLength(0);
  });
});

describe("a game studio's instances: seasons, builds, stores, environments after a dash, devices, events", () => {
  it("reads each as the instance a title names", () => {
    const conflict = (a: string, b: string) => markersConflict(sequenceMarkers(a), sequenceMarkers(b));
    expect(conflict("Season 8 – ranked rewards table", "Season 9 – ranked rewards table (early)")).toBe(
      "season 8 vs 9",
    );
    expect(conflict("Regression pass – build 418", "Regression pass – build 421")).toBe("build 418 vs 421");
    expect(
      conflict(
        "CONSOLIDATED: server-side Google Play purchase validation",
        "iOS: server-side purchase validation via App Store Server API",
      ),
    ).toBe("platform android vs ios");
    expect(conflict("Rotate lb-redis AUTH password — prod", "Rotate lb-redis AUTH password — staging")).toBe(
      "environment production vs staging",
    );
    expect(
      conflict("Crash on launch – Samsung Galaxy A12 (SIGSEGV)", "Crash on launch – Pixel 4a (SIGSEGV)"),
    ).toBe("device galaxy a12 vs pixel 4a");
    const never = () => false;
    expect(
      labelledInstances(
        "Frostfall – leftover snowflakes → coins conversion at event end",
        "Haunted Tides – convert leftover candy corn to coins at event end",
        never,
        never,
      ),
    ).toBe("frostfall vs haunt tide");
    // near-misses: one store and its platform, one device named twice, a dash before a task word,
    // a name the other handoff mentions (every word of it), a build of nothing in particular
    expect(conflict("Android: Google Play billing v6", "Google Play billing library upgrade")).toBeNull();
    expect(conflict("Crash on Galaxy A12", "Galaxy A12 crash on launch (Samsung Galaxy A12)")).toBeNull();
    expect(
      labelledInstances("Urgent – fix the coin payout", "Hotfix – fix the coin payout", never, never),
    ).toBeNull();
    expect(
      labelledInstances(
        "Frostfall – leftover snowflakes to coins at event end",
        "Haunted Tides – leftover snowflakes to coins at event end",
        (w) => w === "haunt" || w === "tide",
        never,
      ),
    ).toBeNull();
    expect(sequenceMarkers("Fix the build on Windows").has("build")).toBe(false);
    // a resource named per region, and near-misses: a page's name, a copy between regions
    expect(
      conflict("Object Lock + retention on cw-prod-originals-us", "Object Lock on cw-prod-originals-eu (6y)"),
    ).toBe("region us vs eu");
    expect(sequenceMarkers("Fix the contact-us form").has("region")).toBe(false);
    expect(sequenceMarkers("Replicate cw-prod-originals-us to eu-west-1").has("region")).toBe(false);
  });
});

describe("versions glued to a name, and standup handoffs", () => {
  it("reads a name with its version glued on as one instance", () => {
    const conflict = (a: string, b: string) => markersConflict(sequenceMarkers(a), sequenceMarkers(b));
    expect(conflict("openrtb25: pass the supply chain through", "openrtb26: read the supply chain")).toBe(
      "versioned:openrtb 25 vs 26",
    );
    // near-misses: one version on one side only, and a move from one version to another
    expect(conflict("openrtb26: read the supply chain", "Supply chain lost on 2.6 requests")).toBeNull();
    expect(conflict("Move CI from node18 to node20", "CI on node20")).toBeNull();
  });

  it("reads one route in a title as the instance it is about", () => {
    const conflict = (a: string, b: string) => markersConflict(sequenceMarkers(a), sequenceMarkers(b));
    expect(conflict("Add a /health/api endpoint", "Add a /health/db endpoint")).toBe(
      "route /health/api vs /health/db",
    );
    // near-misses: the same route, one with a trailing slash; a title that names two routes
    expect(conflict("Add a /health/api endpoint", "Health check at /health/api/")).toBeNull();
    expect(conflict("Move /v1/orders to /v2/orders", "Serve /v2/orders")).toBeNull();
  });

  it("reads the instance a handoff's front matter names", () => {
    const conflict = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      markersConflict(frontMatterMarkers(a), frontMatterMarkers(b));
    expect(conflict({ market: "AT" }, { market: "DE" })).toBe("fm:market at vs de");
    expect(conflict({ env: "production" }, { env: "staging" })).toBe("fm:environment production vs staging");
    // near-misses: one environment in two spellings, a region in full and in part, a list, a
    // key that names no instance
    expect(conflict({ env: "prod" }, { environment: "production" })).toBeNull();
    expect(conflict({ region: "eu" }, { region: "eu-west-1" })).toBeNull();
    expect(conflict({ platform: "ios, android" }, { platform: "ios" })).toBeNull();
    expect(conflict({ owner: "lena" }, { owner: "carmen" })).toBeNull();
  });

  it("reads a full locale written in the open as the language a task is for", () => {
    const conflict = (a: string, b: string) => markersConflict(sequenceMarkers(a), sequenceMarkers(b));
    expect(
      conflict(
        "Japanese chat — runtime font fallback for missing kanji",
        "zh-Hans chat — font fallback for rare hanzi",
      ),
    ).toBe("locale japanese vs chinese");
    expect(conflict("pt-BR store strings", "pt-PT store strings")).toBeNull();
    // near-misses: words that look like a code and a country
    expect(sequenceMarkers("Make the retry a no-op").has("locale")).toBe(false);
    expect(sequenceMarkers("Hi-fi mockups for onboarding").has("locale")).toBe(false);
  });

  it("reads a standup handoff as a report of its day", () => {
    expect(isReport("Standup handoff — Wed 2024-05-15")).toBe(true);
    expect(isReport("Stand-up notes 2024-05-16")).toBe(true);
    // near-miss: a task about standups
    expect(isReport("Move the standup bot to the new channel")).toBe(false);
  });
});
