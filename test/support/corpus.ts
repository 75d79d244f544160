// Loader for the labelled phantom-reference corpus (test/fixtures/phantom-corpus/<case>/).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export type ExpectedRule = "HG101" | "HG102" | "HG103" | "HG104" | null;

export interface PhantomLabel {
  /** Document path, repo-relative, posix. */
  doc: string;
  /** 1-based line in the document (front matter counts). */
  line: number;
  /** Exact substring of that line: the mention as written. */
  raw: string;
  expect: ExpectedRule;
  why: string;
}

export interface PhantomCase {
  name: string;
  /** Tracked files at the commit (repo/ tree), path → text. */
  files: Record<string, string>;
  /** Files present only in the working tree (untracked/ tree), path → text. */
  untracked: Record<string, string>;
  labels: PhantomLabel[];
}

export const PHANTOM_CORPUS_DIR = fileURLToPath(new URL("../fixtures/phantom-corpus/", import.meta.url));

const EXPECTED = new Set(["HG101", "HG102", "HG103", "HG104"]);

function readTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(root)) return out;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(root, full).split(sep).join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(root);
  return out;
}

function validateLabels(name: string, files: Record<string, string>, data: unknown): PhantomLabel[] {
  const mentions = (data as { mentions?: unknown }).mentions;
  if (!Array.isArray(mentions)) throw new Error(`${name}: labels.json has no "mentions" array`);
  return mentions.map((m: Record<string, unknown>, i) => {
    const where = `${name}: labels.json mention #${i}`;
    const { doc, line, raw, expect, why } = m;
    if (
      typeof doc !== "string" ||
      typeof raw !== "string" ||
      typeof line !== "number" ||
      typeof why !== "string"
    )
      throw new Error(`${where}: doc, line, raw and why are required`);
    if (expect !== null && !(typeof expect === "string" && EXPECTED.has(expect)))
      throw new Error(`${where}: expect must be HG101..HG104 or null, got ${String(expect)}`);
    const text = files[doc];
    if (text === undefined) throw new Error(`${where}: document ${doc} is not in repo/`);
    const lineText = text.split("\n")[line - 1];
    if (lineText === undefined || !lineText.includes(raw))
      throw new Error(`${where}: "${raw}" is not on line ${line} of ${doc}`);
    return { doc, line, raw, expect: expect as ExpectedRule, why };
  });
}

/** Reads one case folder: repo/ (tracked), untracked/ (working tree only) and labels.json. */
export function loadPhantomCase(dir: string): PhantomCase {
  const name = basename(dir);
  const files = readTree(join(dir, "repo"));
  const untracked = readTree(join(dir, "untracked"));
  const labels = validateLabels(name, files, JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")));
  return { name, files, untracked, labels };
}

/** Every case folder of the corpus, in name order. */
export function listPhantomCases(root: string = PHANTOM_CORPUS_DIR): string[] {
  return readdirSync(root)
    .filter((entry) => existsSync(join(root, entry, "labels.json")))
    .sort()
    .map((entry) => join(root, entry));
}
