// Check-run annotations (the REST `output.annotations` objects) for the App and the Action.
import type { Finding, Severity } from "../types.js";
import { findingMessage, findingTitle } from "./github.js";
import { ruleInfo } from "./rule-info.js";
import { sortFindings } from "./sort.js";

export type AnnotationLevel = "failure" | "warning" | "notice";

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only when start_line === end_line (a GitHub rule). */
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
  raw_details?: string;
}

export interface AnnotationOptions {
  /** At most this many annotations (the most severe are kept). Default: all. */
  max?: number;
}

/** GitHub accepts at most 50 annotations per create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50;

const LEVEL: Record<Severity, AnnotationLevel> = { error: "failure", warning: "warning", notice: "notice" };

/** GitHub's limits: title 255 characters, message and raw_details 64 KB. */
const MAX_TITLE = 255;
const MAX_TEXT = 60_000;

function cap(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** How to silence this one finding: a comment in a Markdown document, the config for other files. */
export function silenceHint(finding: Pick<Finding, "rule" | "path">): string {
  return /\.(md|markdown|mdx)$/i.test(finding.path)
    ? `To silence it, put <!-- handoff-guard-disable-next-line ${finding.rule} --> on the line above.`
    : `To silence it, list the path under ignore: in .github/handoff-guard.yml, or set rules: { ${finding.rule}: off }.`;
}

export function toAnnotation(finding: Finding): Annotation {
  const line = finding.line >= 1 ? finding.line : 1;
  const annotation: Annotation = {
    path: finding.path,
    start_line: line,
    end_line: line,
    annotation_level: LEVEL[finding.severity],
    title: cap(findingTitle(finding), MAX_TITLE),
    // The message with its suggestions ("did you mean ...") and related paths: what a reviewer acts on.
    message: cap(findingMessage(finding), MAX_TEXT),
  };
  if (finding.line >= 1 && finding.column >= 1) {
    const width = finding.raw && !finding.raw.includes("\n") ? finding.raw.length : 1;
    annotation.start_column = finding.column;
    annotation.end_column = finding.column + Math.max(width, 1) - 1;
  }
  annotation.raw_details = cap(
    `About ${finding.rule}: ${ruleInfo(finding.rule, finding.name).docUrl}\n${silenceHint(finding)}`,
    MAX_TEXT,
  );
  return annotation;
}

/** Annotations for the findings, most severe first, at most `max`. */
export function toAnnotations(findings: readonly Finding[], options: AnnotationOptions = {}): Annotation[] {
  const sorted = sortFindings(findings);
  const max = options.max === undefined ? sorted.length : Math.max(0, Math.floor(options.max));
  return sorted.slice(0, max).map(toAnnotation);
}

/** Split into consecutive groups of at most `size` (50 annotations per request by default). */
export function batches<T>(items: readonly T[], size: number = ANNOTATIONS_PER_REQUEST): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
