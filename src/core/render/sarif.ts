// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
import type { CheckResult, Finding, Severity, SeveritySetting } from "../types.js";
import { stableHash } from "./hash.js";
import { rulesIn } from "./rule-info.js";
import { sortFindings } from "./sort.js";

export interface SarifOptions {
  /** The handoff-guard version (package.json), shown as the driver version. */
  toolVersion: string;
}

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const TOOL_INFORMATION_URI = "https://github.com/handoff-guard/handoff-guard";
/** Key of our partial fingerprint; bump the suffix if the fingerprint recipe ever changes. */
export const FINGERPRINT_KEY = "handoffGuard/v1";

export type SarifLevel = "none" | "note" | "warning" | "error";

export function sarifLevel(severity: Severity | SeveritySetting): SarifLevel {
  switch (severity) {
    case "error":
      return "error";
    case "warning":
      return "warning";
    case "notice":
      return "note";
    default:
      return "none";
  }
}

/**
 * A repo-relative path as a relative URI reference: each segment percent-encoded (spaces, `#`, `?`,
 * `%`, and `:` so that a first segment is never read as a scheme), separators kept.
 */
export function pathToUri(path: string): string {
  return path
    .replace(/\\/g, "/")
    .replace(/^\.\//, "")
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/**
 * Stable across line moves: rule, document, target and text as written, but not line or column.
 * Identical mentions in one document are told apart by their occurrence number (in document order).
 */
export function fingerprintBase(finding: Finding): string {
  return stableHash([finding.rule, finding.path, finding.target ?? "", finding.raw ?? ""].join("\u0000"));
}

interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: "%SRCROOT%" };
  region?: { startLine: number; startColumn?: number };
}

function physicalLocation(path: string, line?: number, column?: number): SarifPhysicalLocation {
  const location: SarifPhysicalLocation = {
    artifactLocation: { uri: pathToUri(path), uriBaseId: "%SRCROOT%" },
  };
  if (line !== undefined && Number.isInteger(line) && line >= 1) {
    location.region =
      column !== undefined && Number.isInteger(column) && column >= 1
        ? { startLine: line, startColumn: column }
        : { startLine: line };
  }
  return location;
}

function messageText(finding: Finding): string {
  const suggestions = finding.suggestions ?? [];
  return suggestions.length > 0 ? `${finding.message}\n\n${suggestions.join("\n")}` : finding.message;
}

// biome-ignore lint/suspicious/noExplicitAny: SARIF is a large open schema; the shape is pinned by tests
type Json = any;

export function toSarif(result: CheckResult, options: SarifOptions): Json {
  const findings = sortFindings(result.findings);
  const rules = rulesIn(findings);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.info.id, index]));

  const driverRules = rules.map(({ info, severities }) => {
    const fix = info.fix || `See ${info.docUrl}`;
    return {
      id: info.id,
      name: info.name,
      shortDescription: { text: info.summary || info.name },
      fullDescription: { text: info.explanation || info.summary || info.name },
      help: {
        text: `${fix}\n\n${info.docUrl}`,
        markdown: `${fix}\n\n[${info.id} ${info.name}](${info.docUrl})`,
      },
      helpUri: info.docUrl,
      defaultConfiguration: {
        level: sarifLevel(info.defaultSeverity ?? severities[0] ?? "warning"),
      },
      properties: { tags: ["handoff-guard", "documentation"] },
    };
  });

  // Occurrence numbers follow document order (line, column), not severity order.
  const byPosition = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
  const occurrence = new Map<Finding, number>();
  const seen = new Map<string, number>();
  for (const finding of byPosition) {
    const base = fingerprintBase(finding);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    occurrence.set(finding, n);
  }

  const results = findings.map((finding) => {
    const related = finding.related ?? [];
    const sarifResult: Json = {
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule) ?? -1,
      level: sarifLevel(finding.severity),
      message: { text: messageText(finding) },
      locations: [{ physicalLocation: physicalLocation(finding.path, finding.line, finding.column) }],
      partialFingerprints: {
        [FINGERPRINT_KEY]: `${fingerprintBase(finding)}:${occurrence.get(finding) ?? 1}`,
      },
    };
    if (related.length > 0) {
      sarifResult.relatedLocations = related.map((path, index) => ({
        id: index + 1,
        physicalLocation: physicalLocation(path),
        message: { text: path },
      }));
    }
    const properties: Record<string, unknown> = {};
    if (finding.target !== null && finding.target !== undefined) properties.target = finding.target;
    if (finding.raw !== null && finding.raw !== undefined) properties.raw = finding.raw;
    if (finding.intent) properties.intent = finding.intent;
    if ((finding.suggestions ?? []).length > 0) properties.suggestions = [...finding.suggestions];
    if (Object.keys(properties).length > 0) sarifResult.properties = properties;
    return sarifResult;
  });

  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "handoff-guard",
            informationUri: TOOL_INFORMATION_URI,
            version: options.toolVersion,
            rules: driverRules,
          },
        },
        ...(result.commit ? { properties: { commit: result.commit } } : {}),
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

export function renderSarif(result: CheckResult, options: SarifOptions): string {
  return `${JSON.stringify(toSarif(result, options), null, 2)}\n`;
}
