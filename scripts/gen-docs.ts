// Generates the docs that must never drift from the code: the JSON schema and configuration
// reference from the zod schema, and one page per rule from the rule definitions.
//   npx tsx scripts/gen-docs.ts          write them
//   npx tsx scripts/gen-docs.ts --check  fail when a committed file differs (CI)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { configSchema, defaultConfig } from "../src/core/config/schema.js";
import { RULES } from "../src/core/rules/index.js";
import type { Rule } from "../src/core/rules/rule.js";

const files = new Map<string, string>();

const jsonSchema = z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" });
files.set(
  "schema/handoff-guard.schema.json",
  `${JSON.stringify({ ...jsonSchema, $id: "https://github.com/handoff-guard/handoff-guard/schema/handoff-guard.schema.json", title: "handoff-guard configuration" }, null, 2)}\n`,
);
files.set("docs/configuration.md", configurationPage());
for (const rule of RULES) files.set(`docs/rules/${rule.id}-${rule.name}.md`, rulePage(rule));
files.set("docs/rules/README.md", rulesIndex());

const check = process.argv.includes("--check");
const stale: string[] = [];
for (const [path, text] of files) {
  let current: string | null = null;
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  if (current === text) continue;
  if (check) stale.push(path);
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
if (stale.length) {
  console.error(
    `Generated docs are out of date; run \`npx tsx scripts/gen-docs.ts\` and commit:\n  ${stale.join("\n  ")}`,
  );
  process.exit(1);
}
if (check) console.log(`${files.size} generated files are up to date.`);

function rulePage(rule: Rule): string {
  const sev =
    rule.defaultSeverity.handoff === rule.defaultSeverity.document
      ? `\`${rule.defaultSeverity.handoff}\``
      : `\`${rule.defaultSeverity.handoff}\` in handoffs, \`${rule.defaultSeverity.document}\` in other documents`;
  return `<!-- Generated from src/core/rules by scripts/gen-docs.ts. Do not edit. -->
# ${rule.id} ${rule.name}

**Default severity:** ${sev}

${rule.summary}

## Why

<!-- handoff-guard-disable HG101 HG102 -->
${rule.explanation}
<!-- handoff-guard-enable -->

## Fires on

\`\`\`markdown
${rule.examples.fires}
\`\`\`

## Does not fire on

\`\`\`markdown
${rule.examples.passes}
\`\`\`

## How to fix

${rule.fix}

## How to silence

- One line: put \`<!-- handoff-guard-disable-next-line ${rule.id} -->\` on the line above.
- A block: \`<!-- handoff-guard-disable ${rule.id} -->\` ... \`<!-- handoff-guard-enable -->\`.
- A whole document: front matter \`handoff-guard: { ignore: [${rule.id}] }\`.
- Paths or targets: list them under \`ignore:\` in \`.github/handoff-guard.yml\` (globs or \`/regex/\`).
- Everywhere: \`rules: { ${rule.id}: off }\` in \`.github/handoff-guard.yml\` (or \`notice\`, \`warning\`, \`error\`).
`;
}

function rulesIndex(): string {
  const rows = RULES.map(
    (r) =>
      `| [${r.id}](${r.id}-${r.name}.md) | ${r.name} | ${r.defaultSeverity.handoff}${r.defaultSeverity.document !== r.defaultSeverity.handoff ? ` / ${r.defaultSeverity.document}` : ""} | ${r.summary.replaceAll("|", "\\|")} |`,
  );
  return `<!-- Generated from src/core/rules by scripts/gen-docs.ts. Do not edit. -->
# Rules

Severity is shown as handoffs / other documents where they differ. Change it per rule in
\`.github/handoff-guard.yml\` (\`rules: { HG101: warning }\`).

| id | name | default | fires when |
| --- | --- | --- | --- |
${rows.join("\n")}
`;
}

function configurationPage(): string {
  const defaults = defaultConfig() as Record<string, unknown>;
  const rows: string[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: walking the generated JSON schema
  type Node = any;
  const walk = (schema: Node, prefix: string, dflt: Node) => {
    for (const [key, prop] of Object.entries<Node>(schema.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      const value = dflt?.[key];
      if (prop.type === "object" && prop.properties) {
        rows.push(`| \`${path}\` | object | | ${prop.description ?? ""} |`);
        walk(prop, path, value);
      } else {
        rows.push(
          `| \`${path}\` | ${typeOf(prop)} | ${shortDefault(value)} | ${(prop.description ?? "").replaceAll("|", "\\|")} |`,
        );
      }
    }
  };
  walk(jsonSchema, "", defaults);
  return `<!-- Generated from src/core/config/schema.ts by scripts/gen-docs.ts. Do not edit. -->
# Configuration

<!-- The alternative names below are optional by nature: at most one of them exists. -->
<!-- handoff-guard-disable-next-line HG101 -->
handoff-guard reads \`.github/handoff-guard.yml\` (or \`.github/handoff-guard.yaml\`, \`.handoff-guard.yml\`)
from the repository root. Every key is optional; with no file, the defaults below apply. A key that is
not listed here, or a value that is not allowed, is an error that names the file, line, key and the
allowed values.

For completion and validation in editors, point your YAML language server at the schema:

\`\`\`yaml
# yaml-language-server: $schema=https://raw.githubusercontent.com/handoff-guard/handoff-guard/main/schema/handoff-guard.schema.json
\`\`\`

| key | type | default | description |
| --- | --- | --- | --- |
${rows.join("\n")}

## Example

\`\`\`yaml
handoffs:
  - "_agents/_handoffs/**/*.md"
  - "handoffs/**/*.md"
exclude:
  - "**/node_modules/**"
  - "archive/**"
ignore:
  - "_debug/**"            # never report references into _debug/
  - "/^legacy\\\\//"          # or a regular expression between slashes
rules:
  HG101: { handoffs: error, documents: notice }
  HG105: off
untracked:
  ignore: ["scratch/**"]
consolidate:
  permission: maintain
\`\`\`
`;
}

// biome-ignore lint/suspicious/noExplicitAny: JSON schema fragments
function typeOf(prop: any): string {
  if (prop.enum) return prop.enum.map((v: unknown) => `\`${v}\``).join(" \\| ");
  if (prop.type === "array") return `list of ${prop.items?.type ?? "values"}`;
  if (prop.anyOf || prop.oneOf) return "see description";
  if (prop.type === "object" && prop.additionalProperties) return "map";
  return prop.type ?? "any";
}

function shortDefault(value: unknown): string {
  if (value === undefined) return "";
  const text = JSON.stringify(value);
  if (Array.isArray(value) && text.length > 60) return `${value.length} globs (see schema)`;
  if (text.length > 60) return "(see schema)";
  return `\`${text.replaceAll("|", "\\|")}\``;
}
