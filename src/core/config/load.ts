// Parsing a config file's text into a validated Config, with errors that name the file, line,
// key, value and what is allowed. Reading the file is the adapter's job; this is pure.
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { isSlashRegex, parseSlashRegex } from "../glob.js";
import { exponentialRisk } from "../regex-safety.js";
import { type Config, configSchema } from "./schema.js";

/** Where adapters look for the config file, in order. */
export const CONFIG_PATHS = [
  ".github/handoff-guard.yml",
  ".github/handoff-guard.yaml",
  ".handoff-guard.yml",
  ".handoff-guard.yaml",
] as const;

export class ConfigError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly key: string | null;

  constructor(
    file: string,
    position: { line: number; column: number },
    key: string | null,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}:${position.line}:${position.column}: ${message}`, options);
    this.name = "ConfigError";
    this.file = file;
    this.line = position.line;
    this.column = position.column;
    this.key = key;
  }
}

/** Parse and validate config text. An empty file means all defaults. */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  // logLevel: the library's warnings would go to process.emitWarning; problems are reported here.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const at = lineCounter.linePos(yamlError.pos[0]);
    throw new ConfigError(
      file,
      { line: at.line, column: at.col },
      null,
      `the file is not valid YAML (${yamlError.code}: ${firstLine(yamlError.message)}). Fix the syntax at this line.`,
      { cause: yamlError },
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (cause) {
    throw new ConfigError(
      file,
      { line: 1, column: 1 },
      null,
      `the YAML could not be expanded (${String(cause)}). Avoid deeply nested aliases.`,
      { cause },
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError(
      file,
      { line: 1, column: 1 },
      null,
      "the config must be a mapping of keys (handoffs, documents, rules, ...), not a list or a scalar.",
    );
  }
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const position = positionOf(doc, lineCounter, issue.path as (string | number)[]);
    const key = issue.path.length ? issue.path.join(".") : null;
    throw new ConfigError(file, position, key, describeIssue(issue, data), { cause: parsed.error });
  }
  checkIgnorePatterns(parsed.data, doc, lineCounter, file);
  return parsed.data;
}

function checkIgnorePatterns(
  config: Config,
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  file: string,
): void {
  config.ignore.forEach((pattern, i) => {
    if (isSlashRegex(pattern) && !parseSlashRegex(pattern)) {
      throw new ConfigError(
        file,
        positionOf(doc, lineCounter, ["ignore", i]),
        `ignore.${i}`,
        `"${pattern}" is not a valid regular expression. Write a glob (legacy/**) or a valid /regex/.`,
      );
    }
    // Patterns are matched against paths taken from documents (pull requests included): one that
    // can backtrack exponentially would let a document stall the check.
    const risk = isSlashRegex(pattern) ? exponentialRisk(pattern.slice(1, pattern.lastIndexOf("/"))) : null;
    if (risk) {
      throw new ConfigError(
        file,
        positionOf(doc, lineCounter, ["ignore", i]),
        `ignore.${i}`,
        `"${pattern}" has ${risk.reason}, which can take exponential time on some paths. Write it without repeating a group that itself repeats or has alternatives (e.g. /^(a|b)// rather than /^(a|b)+//), or use a glob.`,
      );
    }
  });
}

/** Line and column of the value at `path`, falling back to its nearest existing parent. */
function positionOf(
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  path: (string | number)[],
): { line: number; column: number } {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    const node = sub.length ? doc.getIn(sub, true) : doc.contents;
    if (node && typeof node === "object" && "range" in node && Array.isArray(node.range)) {
      // For an unknown key, point at the key itself rather than its parent's value.
      const at = lineCounter.linePos((node.range as number[])[0]!);
      return { line: at.line, column: at.col };
    }
    if (n > 0 && isMap(doc.getIn(path.slice(0, n - 1), true))) {
      const parent = doc.getIn(path.slice(0, n - 1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[n - 1]);
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (range) {
          const at = lineCounter.linePos(range[0]);
          return { line: at.line, column: at.col };
        }
      }
    }
  }
  return { line: 1, column: 1 };
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const key = issue.path.join(".");
  const value = valueAt(data, issue.path as PropertyKey[]);
  const shown = value === undefined ? "" : ` value ${showValue(value)}`;
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}${key ? ` under "${key}"` : ""}. Allowed keys: ${allowedKeys(issue.path as string[]).join(", ")}.`;
    case "invalid_value":
      return `key "${key}":${shown} is not allowed. Allowed values: ${issue.values.map(String).join(", ")}.`;
    case "invalid_union": {
      const allowed = unionAllowed(issue);
      return `key "${key}":${shown} is not allowed.${allowed ? ` Allowed: ${allowed}.` : ""}`;
    }
    case "invalid_type":
      return `key "${key}":${shown} should be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}.`;
    case "too_small":
    case "too_big":
      return `key "${key}":${shown} is out of range (${issue.message}).`;
    case "invalid_key":
      return `key "${key}": ${issue.message}. Rule ids are HG101 to HG402.`;
    default:
      return `key "${key}":${shown} ${issue.message}.`;
  }
}

function unionAllowed(issue: z.core.$ZodIssue & { code: "invalid_union" }): string | null {
  const values = issue.errors
    .flat()
    .filter((e) => e.code === "invalid_value")
    .flatMap((e) => (e.code === "invalid_value" ? e.values.map(String) : []));
  if (values.length === 0) return null;
  return `${values.join(", ")}, or {handoffs: <severity>, documents: <severity>}`;
}

function allowedKeys(path: string[]): string[] {
  // biome-ignore lint/suspicious/noExplicitAny: walking zod's runtime shape
  let schema: any = configSchema;
  for (const segment of path) {
    schema = unwrap(schema)?.shape?.[segment];
    if (!schema) return [];
  }
  const inner = unwrap(schema);
  // A record keyed by an enum (rules: HG101 ... HG402) lists the enum's values.
  const keyValues = inner?._zod?.def?.keyType?._zod?.def?.entries;
  if (keyValues) return Object.values(keyValues).map(String);
  return Object.keys(inner?.shape ?? {});
}

// biome-ignore lint/suspicious/noExplicitAny: walking zod's runtime shape
function unwrap(schema: any): any {
  let s = schema;
  while (s?._zod?.def?.innerType) s = s._zod.def.innerType;
  return s;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A short JSON view of a value; YAML aliases can make it circular (`a: &x [*x]`), which JSON cannot show. */
function showValue(value: unknown): string {
  try {
    return String(JSON.stringify(value)).slice(0, 80);
  } catch {
    return "(a value that refers to itself through a YAML alias)";
  }
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}
