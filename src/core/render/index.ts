// Renderers: pure functions from a CheckResult to a string. Nothing here prints or reads the environment.
import type { CheckResult } from "../types.js";
import { renderGithub } from "./github.js";
import { renderJson } from "./json.js";
import { type MarkdownOptions, renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderText, type TextOptions } from "./text.js";

export type { Annotation, AnnotationLevel, AnnotationOptions } from "./annotations.js";
export { ANNOTATIONS_PER_REQUEST, batches, toAnnotation, toAnnotations } from "./annotations.js";
export {
  escapeData,
  escapeProperty,
  findingMessage,
  findingTitle,
  renderGithub,
  workflowCommand,
} from "./github.js";
export { type JsonFinding, type JsonOutput, renderJson, toJsonOutput } from "./json.js";
export {
  DEFAULT_MAX_CHARS,
  DEFAULT_MAX_ROWS,
  escapeCell,
  escapeMarkdown,
  escapeUrl,
  type MarkdownOptions,
  renderMarkdown,
} from "./markdown.js";
export { type RuleInfo, ruleInfo, rulesIn } from "./rule-info.js";
export {
  FINGERPRINT_KEY,
  pathToUri,
  renderSarif,
  SARIF_SCHEMA,
  type SarifOptions,
  toSarif,
} from "./sarif.js";
export { compareFindings, countBySeverity, type SeverityCounts, sortFindings } from "./sort.js";
export { renderText, sanitizeForTerminal, type TextOptions } from "./text.js";

export const FORMATS = ["text", "json", "sarif", "markdown", "github"] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** text: ANSI colour. Default false. */
  color?: boolean;
  /** text: prefix for paths, relative to the caller's working directory. */
  cwdPrefix?: string;
  /** sarif: the handoff-guard version. Default "0.0.0". */
  toolVersion?: string;
  /** markdown options. */
  markdown?: MarkdownOptions;
}

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function render(result: CheckResult, format: Format, options: RenderOptions = {}): string {
  switch (format) {
    case "text": {
      const textOptions: TextOptions = { color: options.color ?? false };
      if (options.cwdPrefix !== undefined) textOptions.cwdPrefix = options.cwdPrefix;
      return renderText(result, textOptions);
    }
    case "json":
      return renderJson(result);
    case "sarif":
      return renderSarif(result, { toolVersion: options.toolVersion ?? "0.0.0" });
    case "markdown":
      return renderMarkdown(result, options.markdown ?? {});
    case "github":
      return renderGithub(result);
    default: {
      const unknown: never = format;
      throw new Error(`Unknown format ${String(unknown)}`);
    }
  }
}
