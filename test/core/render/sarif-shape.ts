// The essential constraints of the SARIF 2.1.0 JSON schema (sarif-schema-2.1.0.json) for the
// objects handoff-guard writes: required properties, enums, minimums, and no properties the
// schema does not define (most SARIF objects are `additionalProperties: false`).
// Returns a list of problems, empty when the log is valid.

type Obj = Record<string, unknown>;

const ALLOWED: Record<string, readonly string[]> = {
  sarifLog: ["$schema", "version", "runs", "inlineExternalProperties", "properties"],
  run: [
    "tool",
    "invocations",
    "conversion",
    "language",
    "versionControlProvenance",
    "originalUriBaseIds",
    "artifacts",
    "logicalLocations",
    "graphs",
    "results",
    "automationDetails",
    "runAggregates",
    "baselineGuid",
    "redactionTokens",
    "defaultEncoding",
    "defaultSourceLanguage",
    "newlineSequences",
    "columnKind",
    "externalPropertyFileReferences",
    "threadFlowLocations",
    "taxonomies",
    "addresses",
    "translations",
    "policies",
    "webRequests",
    "webResponses",
    "specialLocations",
    "properties",
  ],
  tool: ["driver", "extensions", "properties"],
  toolComponent: [
    "guid",
    "name",
    "organization",
    "product",
    "productSuite",
    "shortDescription",
    "fullDescription",
    "fullName",
    "version",
    "semanticVersion",
    "dottedQuadFileVersion",
    "releaseDateUtc",
    "downloadUri",
    "informationUri",
    "globalMessageStrings",
    "notifications",
    "rules",
    "taxa",
    "locations",
    "language",
    "contents",
    "isComprehensive",
    "localizedDataSemanticVersion",
    "minimumRequiredLocalizedDataSemanticVersion",
    "associatedComponent",
    "translationMetadata",
    "supportedTaxonomies",
    "properties",
  ],
  reportingDescriptor: [
    "id",
    "deprecatedIds",
    "guid",
    "deprecatedGuids",
    "name",
    "deprecatedNames",
    "shortDescription",
    "fullDescription",
    "messageStrings",
    "defaultConfiguration",
    "helpUri",
    "help",
    "relationships",
    "properties",
  ],
  reportingConfiguration: ["enabled", "level", "rank", "parameters", "properties"],
  multiformatMessageString: ["text", "markdown", "properties"],
  message: ["text", "markdown", "id", "arguments", "properties"],
  result: [
    "ruleId",
    "ruleIndex",
    "rule",
    "kind",
    "level",
    "message",
    "analysisTarget",
    "locations",
    "guid",
    "correlationGuid",
    "occurrenceCount",
    "partialFingerprints",
    "fingerprints",
    "stacks",
    "codeFlows",
    "graphs",
    "graphTraversals",
    "relatedLocations",
    "suppressions",
    "baselineState",
    "rank",
    "attachments",
    "hostedViewerUri",
    "workItemUris",
    "provenance",
    "fixes",
    "taxa",
    "webRequest",
    "webResponse",
    "properties",
  ],
  location: [
    "id",
    "physicalLocation",
    "logicalLocations",
    "message",
    "annotations",
    "relationships",
    "properties",
  ],
  physicalLocation: ["address", "artifactLocation", "region", "contextRegion", "properties"],
  artifactLocation: ["uri", "uriBaseId", "index", "description", "properties"],
  region: [
    "startLine",
    "startColumn",
    "endLine",
    "endColumn",
    "charOffset",
    "charLength",
    "byteOffset",
    "byteLength",
    "snippet",
    "message",
    "sourceLanguage",
    "properties",
  ],
};

const LEVELS = ["none", "note", "warning", "error"];

export function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string): void => {
    problems.push(`${where}: ${what}`);
  };
  const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

  const object = (
    where: string,
    v: unknown,
    kind: keyof typeof ALLOWED,
    required: string[] = [],
  ): Obj | null => {
    if (!isObj(v)) {
      fail(where, `expected ${kind} object`);
      return null;
    }
    for (const key of Object.keys(v))
      if (!ALLOWED[kind]!.includes(key)) fail(where, `unknown property ${key}`);
    for (const key of required) if (!(key in v)) fail(where, `missing required ${key}`);
    if ("properties" in v && !isObj(v.properties)) fail(where, "properties must be an object");
    return v;
  };
  const string = (where: string, v: unknown): void => {
    if (typeof v !== "string") fail(where, "expected string");
  };
  const int = (where: string, v: unknown, min: number): void => {
    if (!Number.isInteger(v) || (v as number) < min) fail(where, `expected integer >= ${min}`);
  };
  const uri = (where: string, v: unknown): void => {
    if (typeof v !== "string") fail(where, "expected uri string");
    else if (/[\s"<>\\^`{|}]/.test(v)) fail(where, `not a valid uri reference: ${v}`);
  };
  const mfm = (where: string, v: unknown) => {
    const o = object(where, v, "multiformatMessageString", ["text"]);
    if (o) {
      string(`${where}.text`, o.text);
      if ("markdown" in o) string(`${where}.markdown`, o.markdown);
    }
  };
  const message = (where: string, v: unknown) => {
    const o = object(where, v, "message");
    if (o && !("text" in o) && !("id" in o)) fail(where, "message needs text or id");
    if (o && "text" in o) string(`${where}.text`, o.text);
  };
  const location = (where: string, v: unknown) => {
    const o = object(where, v, "location");
    if (!o) return;
    if ("id" in o) int(`${where}.id`, o.id, -1);
    if ("message" in o) message(`${where}.message`, o.message);
    if (!("physicalLocation" in o)) return;
    const p = object(`${where}.physicalLocation`, o.physicalLocation, "physicalLocation");
    if (!p) return;
    if (!("artifactLocation" in p) && !("address" in p))
      fail(`${where}.physicalLocation`, "needs artifactLocation");
    const a = object(`${where}.physicalLocation.artifactLocation`, p.artifactLocation, "artifactLocation");
    if (a) {
      uri(`${where}.physicalLocation.artifactLocation.uri`, a.uri);
      if ("uriBaseId" in a) string(`${where}.physicalLocation.artifactLocation.uriBaseId`, a.uriBaseId);
    }
    if ("region" in p) {
      const r = object(`${where}.physicalLocation.region`, p.region, "region");
      if (r) {
        if ("startLine" in r) int(`${where}.physicalLocation.region.startLine`, r.startLine, 1);
        if ("startColumn" in r) int(`${where}.physicalLocation.region.startColumn`, r.startColumn, 1);
        if (!("startLine" in r) && !("charOffset" in r) && !("byteOffset" in r))
          fail(where, "region needs a start");
      }
    }
  };

  const root = object("$", log, "sarifLog", ["version", "runs"]);
  if (!root) return problems;
  if (root.version !== "2.1.0") fail("$.version", "must be 2.1.0");
  if ("$schema" in root) uri("$.$schema", root.$schema);
  if (!Array.isArray(root.runs)) return [...problems, "$.runs: expected array"];
  root.runs.forEach((runValue, r) => {
    const at = `$.runs[${r}]`;
    const run = object(at, runValue, "run", ["tool"]);
    if (!run) return;
    if ("columnKind" in run && !["utf16CodeUnits", "unicodeCodePoints"].includes(run.columnKind as string)) {
      fail(`${at}.columnKind`, "bad enum value");
    }
    const tool = object(`${at}.tool`, run.tool, "tool", ["driver"]);
    const driver = tool && object(`${at}.tool.driver`, tool.driver, "toolComponent", ["name"]);
    const rules: Obj[] = [];
    if (driver) {
      string(`${at}.tool.driver.name`, driver.name);
      if ("informationUri" in driver) uri(`${at}.tool.driver.informationUri`, driver.informationUri);
      if ("version" in driver) string(`${at}.tool.driver.version`, driver.version);
      if ("rules" in driver) {
        if (!Array.isArray(driver.rules)) fail(`${at}.tool.driver.rules`, "expected array");
        const ids = new Set<string>();
        (driver.rules as unknown[]).forEach((ruleValue, i) => {
          const w = `${at}.tool.driver.rules[${i}]`;
          const rule = object(w, ruleValue, "reportingDescriptor", ["id"]);
          if (!rule) return;
          rules.push(rule);
          string(`${w}.id`, rule.id);
          if (ids.has(rule.id as string)) fail(w, `duplicate rule id ${String(rule.id)}`);
          ids.add(rule.id as string);
          for (const key of ["shortDescription", "fullDescription", "help"]) {
            if (key in rule) mfm(`${w}.${key}`, rule[key]);
          }
          if ("helpUri" in rule) uri(`${w}.helpUri`, rule.helpUri);
          if ("defaultConfiguration" in rule) {
            const c = object(
              `${w}.defaultConfiguration`,
              rule.defaultConfiguration,
              "reportingConfiguration",
            );
            if (c && "level" in c && !LEVELS.includes(c.level as string))
              fail(`${w}.defaultConfiguration.level`, "bad enum");
          }
        });
      }
    }
    if (!("results" in run)) return;
    if (!Array.isArray(run.results)) {
      fail(`${at}.results`, "expected array");
      return;
    }
    run.results.forEach((resultValue, i) => {
      const w = `${at}.results[${i}]`;
      const result = object(w, resultValue, "result", ["message"]);
      if (!result) return;
      message(`${w}.message`, result.message);
      if ("level" in result && !LEVELS.includes(result.level as string)) fail(`${w}.level`, "bad enum");
      if ("ruleIndex" in result) {
        int(`${w}.ruleIndex`, result.ruleIndex, -1);
        const rule = rules[result.ruleIndex as number];
        if (!rule || rule.id !== result.ruleId)
          fail(`${w}.ruleIndex`, "does not point at the rule named by ruleId");
      }
      if ("locations" in result) {
        if (!Array.isArray(result.locations)) fail(`${w}.locations`, "expected array");
        else
          result.locations.forEach((l, j) => {
            location(`${w}.locations[${j}]`, l);
          });
      }
      if ("relatedLocations" in result) {
        if (!Array.isArray(result.relatedLocations)) fail(`${w}.relatedLocations`, "expected array");
        else
          result.relatedLocations.forEach((l, j) => {
            location(`${w}.relatedLocations[${j}]`, l);
          });
      }
      if ("partialFingerprints" in result) {
        const fp = result.partialFingerprints;
        if (!isObj(fp) || Object.values(fp).some((v) => typeof v !== "string")) {
          fail(`${w}.partialFingerprints`, "expected an object of strings");
        }
      }
    });
  });
  return problems;
}
