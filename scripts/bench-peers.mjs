// `npm run bench -- --peers`: handoff-guard side by side with the link checkers users would pick
// instead, on the same corpus, same machine, same run. Peers are installed at run time into a
// temporary folder from the npm registry (pinned below), never into this package.
//
//   npm run bench -- --peers                      generated corpus, 10,000 documents
//   npm run bench -- --peers --docs 2000          a smaller generated corpus
//   npm run bench -- --peers --corpus <checkout>  any git checkout
//   npm run bench -- --peers --runs 5 --only-tools handoff-guard,markdown-link-check
//   npm run bench -- --peers --reanalyze          redo the agreement report from the saved outputs
//
// Writes .bench/peers-results.json and .bench/agreement.md (every broken-link disagreement).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, posix, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateRepo } from "./bench-corpus.mjs";

/** Exact versions (`npm view <pkg> version`, November 2026). linkinator 8.x needs node >= 22
 * (its undici 8 calls zlib zstd at load time and crashes on node 20), so the newest 7.x is used. */
export const PEERS = {
  "remark-cli": "12.0.1",
  "remark-validate-links": "13.1.0",
  "markdown-link-check": "3.15.0",
  linkinator: "7.6.1",
};

const RSS_PRELOAD = resolve("scripts/bench-rss.mjs");

export async function benchPeers({ corpus, docs = 10000, runs = 3, work, onlyTools, hgBundle, reanalyze }) {
  const peerDir = installPeers();
  // Other sessions rebuild dist/cli.js in this working tree; measure a fixed file: the bundle
  // committed at HEAD unless --hg names another.
  const hg = hgBundle ? resolve(hgBundle) : committedBundle(work);
  const root = corpus
    ? resolve(corpus)
    : generateRepo(join(work, `peers-repo-${docs * 10}-${docs}`), { files: docs * 10, docs, links: true });
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, maxBuffer: 1 << 30, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  const documents = tracked.filter((p) => /\.md$/i.test(p));
  console.log(
    `\ncase: peers on ${root}: ${documents.length} tracked Markdown documents, ${tracked.length} tracked files`,
  );

  let tools = toolList(peerDir, root, documents, hg);
  if (onlyTools) tools = tools.filter((t) => onlyTools.split(",").includes(t.name));
  const results = Object.fromEntries(tools.map((t) => [t.name, { times: [], rss: [], loads: [], exit: [] }]));
  const outputs = {};
  let measuredRuns = runs;
  // --reanalyze: no runs; the verdicts and the agreement report come from the outputs the last
  // run saved (.bench/peers-output-<tool>.txt), and the times from .bench/peers-results.json.
  if (reanalyze) {
    const saved = JSON.parse(readFileSync(join(work, "peers-results.json"), "utf8"));
    measuredRuns = saved.runs;
    for (const row of saved.rows) {
      if (!results[row.tool]) continue;
      results[row.tool].times = row.times;
      results[row.tool].rss = [row.rss * 2 ** 20];
      results[row.tool].loads = row.loads;
    }
    for (const tool of tools) {
      const text = readFileSync(join(work, `peers-output-${tool.name}.txt`), "utf8");
      const at = text.lastIndexOf("\n--- stderr ---\n");
      outputs[tool.name] = {
        stdout: text.slice(0, at),
        stderr: text.slice(at + "\n--- stderr ---\n".length),
      };
    }
  }
  for (let r = 0; r < (reanalyze ? 0 : runs); r++) {
    for (const tool of tools) {
      const load = readLoad();
      const rssFile = join(work, `rss-${tool.name}.txt`);
      rmSync(rssFile, { force: true });
      const started = process.hrtime.bigint();
      const child = spawnSync(process.execPath, tool.args, {
        cwd: tool.cwd,
        env: {
          ...process.env,
          NODE_OPTIONS: `--import=${pathToFileURL(RSS_PRELOAD)}`,
          HG_BENCH_RSS_FILE: rssFile,
        },
        maxBuffer: 1 << 30,
        encoding: "utf8",
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : Number.NaN;
      const res = results[tool.name];
      res.times.push(seconds);
      res.rss.push(rss);
      res.loads.push(load);
      res.exit.push(child.status ?? child.signal);
      if (child.error || (child.status !== 0 && child.status !== 1)) {
        throw new Error(
          `${tool.name} failed (${child.status ?? child.signal}): ${child.error ?? child.stderr.slice(-2000)}`,
        );
      }
      outputs[tool.name] = { stdout: child.stdout, stderr: child.stderr };
      writeFileSync(
        join(work, `peers-output-${tool.name}.txt`),
        `${child.stdout}\n--- stderr ---\n${child.stderr}`,
      );
      console.log(
        `  run ${r + 1}/${runs} ${tool.name.padEnd(22)} ${seconds.toFixed(2).padStart(8)} s ${(rss / 2 ** 20).toFixed(0).padStart(6)} MB  exit ${child.status}  load ${load}`,
      );
    }
  }

  // Broken local links per tool, on the links all of them check.
  const { fromMarkdown } = await import("mdast-util-from-markdown");
  const links = extractLinks(root, documents, fromMarkdown);
  const verdicts = {};
  for (const tool of tools) verdicts[tool.name] = tool.parse(outputs[tool.name], links);
  const hgWall = results["handoff-guard"] ? median(results["handoff-guard"].times) : undefined;

  console.log(
    `\n${documents.length} documents, ${links.all.length} local Markdown link targets; median of ${measuredRuns} alternating runs`,
  );
  console.log(
    "tool                   | median wall (s) | peak RSS (MB) | handoff-guard/peer | broken local links",
  );
  console.log("---                    | ---:            | ---:          | ---:               | ---:");
  const rows = [];
  for (const tool of tools) {
    const res = results[tool.name];
    const wall = median(res.times);
    const rss = Math.max(...res.rss) / 2 ** 20;
    const ratio =
      hgWall === undefined ? "" : `${(hgWall / wall).toFixed(3)} (${(wall / hgWall).toFixed(1)}x)`;
    const broken = verdicts[tool.name].size;
    rows.push({
      tool: tool.name,
      version: tool.version,
      wall,
      times: res.times,
      rss,
      ratio,
      broken,
      loads: res.loads,
    });
    console.log(
      `${tool.name.padEnd(22)} | ${wall.toFixed(2).padStart(15)} | ${rss.toFixed(0).padStart(13)} | ${ratio.padStart(18)} | ${String(broken).padStart(18)}`,
    );
  }
  for (const tool of tools) if (tool.note) console.log(`  ${tool.name}: ${tool.note}`);

  writeFileSync(
    join(work, "peers-results.json"),
    `${JSON.stringify({ machine: machine(), handoffGuard: hg, root, documents: documents.length, links: links.all.length, runs: measuredRuns, rows, commands: tools.map((t) => ({ tool: t.name, cwd: t.cwd, command: t.display })) }, null, 2)}\n`,
  );
  if (verdicts["handoff-guard"]) {
    const report = agreement(root, tracked, links, verdicts, tools);
    writeFileSync(join(work, "agreement.md"), report);
    console.log(`\nagreement report: ${join(work, "agreement.md")}`);
    console.log(report.split("\n## Every disagreement")[0]);
  }
}

function installPeers() {
  const specs = Object.entries(PEERS).map(([name, version]) => `${name}@${version}`);
  const dir = join(tmpdir(), `handoff-guard-bench-peers-${specs.join("_").replace(/[^\w.-]/g, "-")}`);
  const marker = join(dir, ".installed");
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), '{"private":true}\n');
    console.log(`installing peers into ${dir}: npm install --prefix ${dir} ${specs.join(" ")}`);
    execFileSync(
      "npm",
      ["install", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel", "error", ...specs],
      {
        stdio: "inherit",
      },
    );
    writeFileSync(marker, "");
  }
  // remark resolves plugins next to its configuration file, so the configuration lives here.
  writeFileSync(
    join(dir, "remarkrc.json"),
    `${JSON.stringify({ plugins: [["remark-validate-links", { repository: false }]] })}\n`,
  );
  return dir;
}

function committedBundle(work) {
  const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  const file = join(work, "hg", `cli-${sha}.js`);
  mkdirSync(join(work, "hg"), { recursive: true });
  writeFileSync(file, execFileSync("git", ["show", "HEAD:dist/cli.js"], { maxBuffer: 1 << 30 }));
  return file;
}

function toolList(peerDir, root, documents, hg) {
  const bin = (...p) => join(peerDir, "node_modules", ...p);
  const mlcConfig = join(peerDir, "markdown-link-check.json");
  writeFileSync(
    mlcConfig,
    `${JSON.stringify({
      ignorePatterns: [{ pattern: "^https?:" }, { pattern: "^mailto:" }],
      // Root-relative links (`/src/x.py`) are relative to the repository, as on GitHub.
      replacementPatterns: [{ pattern: "^/", replacement: "{{BASEURL}}/" }],
    })}\n`,
  );
  const mdArgs = documents;
  return [
    {
      name: "handoff-guard",
      version: JSON.parse(readFileSync("package.json", "utf8")).version,
      cwd: process.cwd(),
      args: [hg, "check", root, "--format", "json", "--fail-on", "never"],
      display: `node ${hg} check ${root} --format json --fail-on never`,
      parse: parseHandoffGuard,
    },
    {
      name: "remark-validate-links",
      version: `${PEERS["remark-validate-links"]} (remark-cli ${PEERS["remark-cli"]})`,
      cwd: root,
      args: [
        bin("remark-cli", "cli.js"),
        "--rc-path",
        join(peerDir, "remarkrc.json"),
        "--frail",
        "--quiet",
        "--no-color",
        "--no-stdout",
        ".",
      ],
      display: `remark --rc-path remarkrc.json --frail --quiet --no-color --no-stdout .   # remarkrc.json: {"plugins":[["remark-validate-links",{"repository":false}]]}`,
      parse: parseRemark,
    },
    {
      name: "markdown-link-check",
      version: PEERS["markdown-link-check"],
      cwd: root,
      args: [
        bin("markdown-link-check", "markdown-link-check"),
        "--config",
        mlcConfig,
        "--projectBaseUrl",
        pathToFileURL(root).href,
        ...mdArgs,
      ],
      display: `markdown-link-check --config markdown-link-check.json --projectBaseUrl file://${root} <all ${documents.length} tracked *.md files in one call>`,
      parse: (out, links) => parseMarkdownLinkCheck(out, links, pathToFileURL(root).href),
      note: "one process for all documents (file paths passed as arguments); it checks them one after another",
    },
    {
      name: "linkinator",
      version: PEERS.linkinator,
      cwd: root,
      args: [
        bin("linkinator", "build", "src", "cli.js"),
        "**/*.md",
        "--markdown",
        "--directory-listing",
        "--skip",
        "^(?!http://localhost)",
        "--format",
        "json",
      ],
      display: `linkinator "**/*.md" --markdown --directory-listing --skip "^(?!http://localhost)" --format json`,
      parse: parseLinkinator,
      note: "serves the corpus on a local HTTP server and requests each unique target once; a broken target is reported under one parent, so every link to it counts as broken here",
    },
  ];
}

/** Every local Markdown link, image and definition target, with its source position (mdast). */
function extractLinks(root, documents, fromMarkdown) {
  const all = [];
  const byDoc = new Map();
  for (const doc of documents) {
    let text;
    try {
      text = readFileSync(join(root, doc), "utf8");
    } catch {
      continue;
    }
    const list = [];
    const visit = (node) => {
      if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.url) {
        const url = node.url;
        if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("#") && !url.startsWith("//")) {
          const link = {
            id: all.length,
            doc,
            line: node.position.start.line,
            column: node.position.start.column,
            url,
            target: resolveTarget(doc, url),
          };
          all.push(link);
          list.push(link);
        }
      }
      if (node.children) for (const child of node.children) visit(child);
    };
    visit(fromMarkdown(text));
    byDoc.set(doc, list);
  }
  return { all, byDoc };
}

/** Repository-relative path a link points at (no fragment or query, percent-decoded). */
function resolveTarget(doc, url) {
  let path = url.replace(/[?#].*$/, "");
  try {
    path = decodeURIComponent(path);
  } catch {}
  if (path === "") return doc;
  const joined = path.startsWith("/") ? path.slice(1) : posix.join(posix.dirname(doc), path);
  return posix.normalize(joined).replace(/\/$/, "") || ".";
}

function linksAt(links, doc, line) {
  return (links.byDoc.get(doc) ?? []).filter((l) => l.line === line);
}

function parseHandoffGuard(out, links) {
  const broken = new Map();
  const json = JSON.parse(out.stdout);
  for (const f of json.findings) {
    if (!/^HG10[1-4]$/.test(f.rule) || !f.raw) continue;
    for (const l of linksAt(links, f.path, f.line)) {
      if (l.url === f.raw || l.url.startsWith(f.raw) || f.raw.startsWith(l.url.replace(/#.*$/, ""))) {
        broken.set(l.id, `${f.rule} (${f.intent}): ${f.message}`);
      }
    }
  }
  return broken;
}

function parseRemark(out, links) {
  const broken = new Map();
  let file;
  for (const line of out.stderr.split("\n")) {
    const m =
      /^\s*(\d+):(\d+)(?:-\d+:\d+)?\s+(?:warning|error)\s+(.*?)\s+\S+\s+remark-validate-links:\S+\s*$/.exec(
        line,
      );
    if (!m && /^\S/.test(line)) file = line.trim();
    if (!m || !file) continue;
    const at = linksAt(links, file, Number(m[1])).filter((l) => l.column === Number(m[2]));
    for (const l of at) broken.set(l.id, m[3].trim());
  }
  return broken;
}

function parseMarkdownLinkCheck(out, links, baseUrl) {
  const broken = new Map();
  let file;
  for (const line of `${out.stdout}\n${out.stderr}`.split("\n")) {
    const head = /dead links? found in (.*?) !\s*$/.exec(line) ?? /^FILE: (.*)$/.exec(line);
    if (head) file = head[1].trim();
    const m = /^\s*\[✖\] (.*?) → (.*)$/.exec(line);
    if (!m || !file) continue;
    let url = m[1];
    if (url.startsWith(`${baseUrl}/`)) url = url.slice(baseUrl.length);
    for (const l of links.byDoc.get(file) ?? []) if (l.url === url) broken.set(l.id, m[2].trim());
  }
  return broken;
}

function parseLinkinator(out, links) {
  const broken = new Map();
  const json = JSON.parse(out.stdout);
  const badTargets = new Map();
  for (const l of json.links) {
    if (l.state !== "BROKEN") continue;
    let url = l.url.replace(/^https?:\/\/localhost:\d+\//, "").replace(/[?#].*$/, "");
    try {
      url = decodeURIComponent(url);
    } catch {}
    badTargets.set(url.replace(/\/$/, ""), `status ${l.status} (reported under ${l.parent})`);
  }
  for (const l of links.all) if (badTargets.has(l.target)) broken.set(l.id, badTargets.get(l.target));
  // Documents linkinator could not fetch as a page (status 0): it never read their links.
  broken.unread = new Set(
    json.links
      .filter((l) => l.state === "BROKEN" && l.status === 0 && !/^https?:/.test(l.url))
      .map((l) => l.url),
  );
  return broken;
}

/** Why two verdicts differ, from the corpus itself. */
function reason(root, trackedSet, trackedDirs, link, brokenByHg, peerMessage, peerVerdict) {
  const onDisk = existsSync(join(root, link.target));
  const isDir = onDisk && statSync(join(root, link.target)).isDirectory();
  const hash = /#(.*)$/.exec(link.url)?.[1];
  const tracked = trackedSet.has(link.target) || trackedDirs.has(link.target);
  // linkinator's status 0 means its request to its own local file server got no HTTP answer at
  // all (it records no error detail). A document it could not fetch is never read, so none of
  // its links are checked either.
  if (tracked && onDisk && peerMessage?.startsWith("status 0 "))
    return "linkinator's request for the target on its own local file server failed (status 0, no HTTP answer, no error detail): the file exists and is tracked, linkinator reports it broken";
  if (peerMessage === undefined && peerVerdict.unread?.has(link.doc))
    return "linkinator never read the document holding this link: its request for the document itself failed (status 0, no HTTP answer, no error detail)";
  if (onDisk && !tracked)
    return "present in the working tree but not committed: handoff-guard resolves against the git-tracked tree of the commit, the peer against the files on disk";
  if (tracked && hash && !/^L\d+/.test(hash) && /\.md$/i.test(link.target))
    return `heading anchor \`#${hash}\`: remark-validate-links checks that the heading exists in the target document; handoff-guard (like markdown-link-check and linkinator without --check-fragments) checks that the file exists`;
  if (isDir) return "folder link: the target is a tracked folder";
  if (/%[0-9a-f]{2}/i.test(link.url)) return "percent-encoded target: the decoded name exists";
  if (!onDisk && !tracked) {
    const lower = link.target.toLowerCase();
    for (const p of trackedSet) if (p.toLowerCase() === lower) return `case: only \`${p}\` exists`;
    return brokenByHg
      ? "target absent everywhere: the peer does not check this link"
      : "target absent everywhere: handoff-guard did not flag it (its intent rules read the link as planned, created or an example)";
  }
  return "unexplained";
}

function agreement(root, tracked, links, verdicts, tools) {
  const trackedSet = new Set(tracked);
  const trackedDirs = new Set();
  for (const p of tracked) {
    let d = posix.dirname(p);
    while (d !== "." && !trackedDirs.has(d)) {
      trackedDirs.add(d);
      d = posix.dirname(d);
    }
  }
  const hg = verdicts["handoff-guard"];
  const out = [
    "# Agreement on local Markdown link targets",
    "",
    `Corpus: ${root}; ${links.all.length} local link, image and definition targets in ${links.byDoc.size} tracked Markdown documents (extracted with mdast-util-from-markdown).`,
    "A link is broken for handoff-guard when an HG101-HG104 finding sits on its line with the link's target as `raw`.",
    "",
    "| peer | broken (peer) | broken (handoff-guard) | both | peer only | handoff-guard only |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  const sections = [];
  const summary = [];
  for (const tool of tools) {
    if (tool.name === "handoff-guard") continue;
    const peer = verdicts[tool.name];
    const both = [...peer.keys()].filter((id) => hg.has(id)).length;
    const peerOnly = [...peer.keys()].filter((id) => !hg.has(id));
    const hgOnly = [...hg.keys()].filter((id) => !peer.has(id));
    out.push(
      `| ${tool.name} | ${peer.size} | ${hg.size} | ${both} | ${peerOnly.length} | ${hgOnly.length} |`,
    );
    const groups = new Map();
    for (const [side, ids] of [
      [`${tool.name} only`, peerOnly],
      ["handoff-guard only", hgOnly],
    ]) {
      for (const id of ids) {
        const link = links.all[id];
        const why = reason(root, trackedSet, trackedDirs, link, hg.has(id), peer.get(id), peer);
        const key = `${side}: ${why}`;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push({ link, peerSays: peer.get(id), hgSays: hg.get(id) });
      }
    }
    summary.push(`\n### ${tool.name}\n`);
    if (groups.size === 0) summary.push("No disagreement: both call exactly the same links broken.");
    for (const [key, items] of groups)
      summary.push(
        `- ${items.length} × ${key} (e.g. \`${items[0].link.doc}:${items[0].link.line}\` → \`${items[0].link.url}\`)`,
      );
    sections.push(`\n### ${tool.name}\n`);
    for (const [key, items] of groups) {
      sections.push(`#### ${key} (${items.length})\n`);
      for (const { link, peerSays, hgSays } of items)
        sections.push(
          `- \`${link.doc}:${link.line}:${link.column}\` \`${link.url}\` — ${peerSays ? `${tool.name}: ${peerSays}` : `handoff-guard: ${hgSays}`}`,
        );
      sections.push("");
    }
  }
  const unexplained = summary.filter((s) => s.includes("unexplained")).length;
  out.push(
    "",
    "## Disagreements by reason",
    ...summary,
    "",
    unexplained ? "**Some disagreements are unexplained.**" : "Every disagreement has a reason above.",
  );
  out.push("", "## Every disagreement", ...sections);
  return `${out.join("\n")}\n`;
}

function readLoad() {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return loadavg()
      .map((x) => x.toFixed(2))
      .join(" ");
  }
}

export function machine() {
  return {
    cores: cpus().length,
    model: cpus()[0]?.model ?? "?",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    load: readLoad(),
  };
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
