// What a handoff asks someone to *do*. Two handoffs about the same file are the same work only when
// they ask for the same kind of action: "create api_healer.py" (for one agent) and "deploy
// api_healer.py" (for another) are sequential steps, and so are a skeleton and its implementation.

export type Action =
  | "scaffold"
  | "implement"
  | "deploy"
  | "fix"
  | "test"
  | "review"
  | "document"
  | "refactor"
  | "migrate"
  | "configure"
  | "monitor"
  | "remove"
  | "research"
  | "report"
  | "backport";

/**
 * Verb stems per action. Matched on word starts of the lower-cased title. Symptom words (errors,
 * crashes, flaky, broken, failing) ask for a fix: "Flaky test: test_x" is a fix, not a test task.
 */
const ACTION_WORDS: [Action, RegExp][] = [
  // "Backport the nonce fix to 3.3 LTS": the same change again, on another branch: its own work.
  ["backport", /\b(backport\w*|cherry ?pick\w*)\b/],
  [
    "scaffold",
    /\b(skeleton|scaffold\w*|stub(s|bed)?|boilerplate|placeholder|bootstrap\w*|outline|initial structure)\b/,
  ],
  [
    "deploy",
    /\b(deploy\w*|releas\w*|ship\w*|roll ?out|publish\w*|launch\w*|go live|(?:put|make)(?:\s+[\w-]+){0,3}?\s+live|push to prod\w*)\b/,
  ],
  [
    "fix",
    /\b(fix\w*|debug\w*|resolv(?:e|ing)|repair\w*|hotfix\w*|troubleshoot\w*|unblock\w*|address\w*|bug\w*|errors?|crash\w*|flak(y|iness)|broken|failing|fails|freez\w*|frozen|hangs?|hanging|stuck|leak\w*|times? out|timing out)\b/,
  ],
  ["test", /\b(test\w*|validat\w*|verif\w*|qa|benchmark\w*|smoke)\b/],
  ["review", /\b(review\w*|audit\w*|assess\w*|evaluat\w*|analy[sz]\w*|inspect\w*)\b/],
  ["document", /\b(document(ation|ing)?|docs|readme|write[- ]?up|guide)\b/],
  ["refactor", /\b(refactor\w*|clean ?up|cleanup|restructur\w*|reorganiz\w*|renam\w*|simplif\w*)\b/],
  ["migrate", /\b(migrat\w*|upgrad\w*|port(ing)? to)\b/],
  [
    "configure",
    // A setting changed by a verb of size ("Shorten the token TTL", "raise the upload limit") is
    // configuration; the same verb on anything else ("reduce checkout latency") is not.
    /\b(configur\w*|config|set ?up|setup|provision\w*|install\w*|env(ironment)? var\w*|(shorten|lengthen|lower|raise|increase|decrease|reduce|bump)(\s+[\w-]+){0,3}?\s+(ttl|timeouts?|limits?|thresholds?|retention|intervals?|expiry|quotas?|caps?|window|concurrency))\b/,
  ],
  ["monitor", /\b(monitor\w*|observ\w*|alert\w*|watch\w*)\b/],
  ["remove", /\b(remov\w*|delet\w*|deprecat\w*|drop\w*|decommission\w*)\b/],
  [
    "research",
    // "Strategic assessment" is an assessment (a review), not a strategy to research.
    /\b(research\w*|investigat\w*|explor\w*|spike|design\w*|propos\w*|plan(ning)?|strateg(?!ic (?:assessment|review|analysis|audit|evaluation))\w*|rfc)\b/,
  ],
  [
    "implement",
    /\b(implement\w*|build\w*|creat\w*|add(s|ed|ing)?|develop\w*|writ(e|ing)|(?<!\b(?:vs|visual studio|claude|xcode|qr) )code|integrat\w*|introduc\w*|complet\w*|finish\w*|flesh out)\b/,
  ],
];

/**
 * Titles of documents that report rather than ask: "Feature Report: X", "Weekly status: W08",
 * "Retrospective: March outage", "Session summary". Adjectives such as "daily" or "weekly" alone
 * do not make a report ("Enforce the daily budget cap" is a task), and neither does "report" as a
 * noun modifier ("Report export times out", "Limit report exports" are tasks about a feature).
 */
const REPORT_RE =
  /\breport(?=\s*$|\s*[:\-–—(|#]|\s+(on|for|of|from|w?\d+)\b)|\b(recap|retro(spective)?|post[- ]?mortem|stand ?up notes|digest|meeting minutes|changelog|session log|work log|status update|(daily|weekly|monthly|sprint|progress|session) (status|summary|update|notes|recap)|(?:(daily|weekly|monthly|quarterly|nightly|biweekly|fortnightly|sprint|session)(?: [a-z]+){0,2} (update|log|notes|standup|summary|digest)|(?:agent|dev|activity) log|(?:shift|on ?call|daily|weekly|nightly|eod|end of (?:day|shift)|stand ?up) hand ?(?:over|off)s?|hand ?(?:over|off) (?:notes|log|report|summary))(?=\s*$|\s*[:–—(|#,]|\s+(?:for|of|from|week|w?\d+)\b)|summary of|wrap[- ]?up|(?:issue|bug|backlog|weekly|daily|inbox) triage|triage (?:report|notes|summary|log|results))\b|^\s*(status|summary|progress)\b\s*[:\-–—]|\b(status|summary)\s*$/;
/** "Live-ops daily — Thu 2025-10-09", "Infra weekly: 2026-03-02": a periodic note of one day. */
const DATED_PERIODIC =
  /\b(?:daily|weekly|nightly|monthly)\s*[—–:|-]?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{4}-\d{2}-\d{2}\b/;
const DOC_NOUNS = /\b(runbooks?|playbooks?|guides?|documentation|docs|readme|wiki|manual|how ?to|faq)\b/;

/** "when building …", "while deploying …": the circumstance of a symptom, to the end of the title. */
const CIRCUMSTANCE = /\s+(?:when|while|during|whilst)\s+[a-z]+ing\b.*$/;

/** Actions named in a title, in order of appearance. A skeleton is never also an implementation. */
export function actionsOf(title: string): Action[] {
  // "TemplateNotFound … when building examples/blog": what was going on when it broke is not the ask.
  const text = title.toLowerCase().replace(/[_-]+/g, " ").replace(CIRCUMSTANCE, "");
  const found: { action: Action; at: number }[] = [];
  for (const [action, re] of ACTION_WORDS) {
    const m = re.exec(text);
    if (m) found.push({ action, at: m.index });
  }
  let actions = found.sort((a, b) => a.at - b.at).map((f) => f.action);
  if (actions.includes("scaffold")) actions = actions.filter((a) => a !== "implement");
  // "Write the deploy runbook" documents; it does not implement anything.
  if (actions[0] === "implement" && DOC_NOUNS.test(text))
    actions = ["document", ...actions.filter((a) => a !== "implement" && a !== "document")];
  return actions;
}

/** Reports describe what happened; tasks ask for work. A report is never the same work as a task. */
export function isReport(title: string): boolean {
  const t = title.toLowerCase();
  return REPORT_RE.test(t.replace(/[_-]+/g, " ")) || DATED_PERIODIC.test(t);
}

/**
 * Pairs of actions that are different steps of one artifact's life: making it, shipping it,
 * checking it. Two handoffs that ask for these on the same file are a sequence, not a copy.
 * Other differing actions (fix vs deploy, assess vs deploy) are often the same work described
 * from another angle, so they only count weakly against.
 */
const SEQUENTIAL = new Set([
  "scaffold>implement",
  "scaffold>deploy",
  "scaffold>test",
  "implement>deploy",
  "implement>test",
  "implement>document",
  "implement>review",
  "implement>research",
  "implement>remove",
  "deploy>remove",
  "deploy>document",
  "deploy>research",
  "research>test",
  "document>test",
  "migrate>remove",
  "refactor>implement",
]);

function sequential(a: Action, b: Action): boolean {
  return SEQUENTIAL.has(`${a}>${b}`) || SEQUENTIAL.has(`${b}>${a}`);
}

/**
 * How two action lists relate: `same` when they share an action; `conflict` when every pairing
 * is a different step of the same life cycle (create vs deploy, skeleton vs implementation);
 * `different` for other differing actions; `unknown` when either names none.
 */
export function actionRelation(
  a: readonly Action[],
  b: readonly Action[],
): "same" | "different" | "conflict" | "unknown" {
  // A backport follows the fix it carries to another branch, whatever the fix's title says.
  if (a.includes("backport") !== b.includes("backport")) return "conflict";
  if (a.length === 0 || b.length === 0) return "unknown";
  const scaffoldA = a.includes("scaffold");
  const scaffoldB = b.includes("scaffold");
  if (scaffoldA !== scaffoldB && (a.includes("implement") || b.includes("implement"))) return "conflict";
  // The main verb decides: "Review retry_proxy.py before it ships" is a review, not a deploy.
  const [x, y] = [a[0]!, b[0]!];
  if (x === y) return "same";
  // Each title names the other's main action too, in another order: the order of the words is not
  // the order of the work.
  if (b.includes(x) && a.includes(y)) return "unknown";
  // One names the other's action as well ("Add Open VSX publishing" against "Publish the extension
  // to Open VSX"): the titles differ in emphasis, not in the step of the work they ask for.
  if (b.includes(x) || a.includes(y)) return "different";
  return sequential(x, y) ? "conflict" : "different";
}

const VERBS: Record<Action, string> = {
  scaffold: "scaffold",
  implement: "implement",
  deploy: "deploy",
  fix: "fix",
  test: "test",
  review: "review",
  document: "document",
  refactor: "refactor",
  migrate: "migrate",
  configure: "configure",
  monitor: "monitor",
  remove: "remove",
  research: "investigate",
  report: "report on",
  backport: "backport",
};

export function verbOf(action: Action): string {
  return VERBS[action];
}

/** The end of a title that compares: "same resolution problem as ch3", "like the rev B fix". */
const COMPARED_WITH = /\b(?:same\s+(?:[\w/-]+\s+){0,4}as|like|unlike|as (?:in|for|with))\s+[^,;:()]*$/;

/** A ticket's own number at the head of its title: "#147 …", "[#212] …", "Issue 88: …". */
const OWN_NUMBER = /^\s*[[(]?\s*(?:(?:issue|ticket|pr|bug)\s*#?|#)\d+\s*[\])]?\s*[:.\-–—]?\s+/;

/**
 * Sequence markers in a title (`Phase 2`, `Part 1`, `Week 3`, `v2`, `DBG-008`, `#12`): two handoffs
 * whose markers of one kind differ are different instances of a series, not the same work.
 */
export function sequenceMarkers(title: string): Map<string, string> {
  const out = new Map<string, string>();
  // "#147 Shelbyville meeting dates…", "[Issue 212] …": an exported issue's own number opens its
  // title. It names the ticket, not an instance of a series: a re-opened bug gets a new one.
  // "Ch4 figures: same font problem as ch3": what a title compares itself with is not its instance.
  const text = title.toLowerCase().replace(OWN_NUMBER, "").replace(COMPARED_WITH, "");
  const series =
    /\b(phase|part|step|stage|week|sprint|day|milestone|iteration|round|batch|wave|task|issue|pr|ticket|chapter|module|level|tier|season|build)\s*[-#:]?\s*(\d+[a-z]?|[ivx]{1,4}\b|one|two|three|four|five|six|seven|eight|nine|ten)\b/g;
  for (const m of text.matchAll(series)) out.set(m[1]!, m[2]!);
  for (const m of text.matchAll(/(?<![\w.])v(\d+(?:\.\d+)*)\b/g)) out.set("version", m[1]!);
  // "Ch3 figures …", "ch.4": a chapter, abbreviated.
  for (const m of text.matchAll(/\bch\.?\s?(\d{1,2})\b/g)) out.set("chapter", m[1]!);
  // A board or document revision: "rev B: disable the heater", "Rev C: SHT45 support", "revision 2".
  for (const m of text.matchAll(/\brev(?:ision)?\.?\s*([a-z]|\d+)\b/g)) out.set("revision", m[1]!);
  // "Release checklist 3.4.1 (hotfix)" and "Release checklist 3.5.0": a version of three parts
  // names the release even without its "v" (an address has four).
  for (const m of text.matchAll(/(?<![\w.])(\d+\.\d+\.\d+)(?![\w.]|\.\d)/g)) out.set("version", m[1]!);
  // "Paywall experiment: set up variant B" and "… variant C": one arm of an experiment each. The
  // letter is a capital in the title, so "an option a user picks" names none.
  for (const m of title.matchAll(/\b(?:[Vv]ariant|[Aa]rm|[Cc]ohort|[Oo]ption|[Ss]cenario)\s+([A-Z])\b/g))
    out.set("variant", m[1]!);
  for (const m of text.matchAll(/#(\d+)\b/g)) out.set("number", m[1]!);
  // "Add a /health/api endpoint" and "Add a /health/db endpoint": one route each. A title that
  // names two routes names no one.
  const routes = new Set<string>();
  for (const m of text.matchAll(ROUTE)) routes.add(m[1]!);
  if (routes.size === 1) out.set("route", [...routes][0]!);
  // "openrtb25: pass the supply chain through" and "openrtb26: read the supply chain": a name with
  // its version glued on, one version each. A title that names two ("node18 → node20") is a move
  // between them, not one of them.
  const glued = new Map<string, string | null>();
  for (const m of text.matchAll(GLUED_VERSION)) {
    const seen = glued.get(m[1]!);
    glued.set(m[1]!, seen === undefined || seen === m[2] ? m[2]! : null);
  }
  for (const [name, version] of glued) if (version !== null) out.set(`versioned:${name}`, version);
  // "Issue triage: week of 2025-03-17": the week a recurring report covers, named by its first day.
  for (const m of text.matchAll(/\bweek of (\d{4}-\d{2}-\d{2}|\d{1,2} [a-z]{3,9}|[a-z]{3,9} \d{1,2})\b/g))
    out.set("week", m[1]!);
  // ISO weeks: "2026-W08", "W09".
  for (const m of text.matchAll(/(?:\b\d{4}-)?\bw(\d{1,2})\b/g)) out.set("week", String(Number(m[1])));
  // The period a recurring task covers: "Backfill refunds for January" and "... for February"
  // are two runs of one job. Only after "for", "in", "of" or "during": "due March 15" is a date.
  for (const m of text.matchAll(MONTH_COVERED)) out.set("month", m[1]!.slice(0, 3));
  // A month with its year ("Ban wave review: January 2026") or a year and month alone
  // ("Report 2026-01") is the period too; a full date ("2026-01-15") is not.
  for (const m of text.matchAll(MONTH_YEAR)) {
    out.set("month", m[1]!.slice(0, 3));
    out.set("year", m[2]!);
  }
  for (const m of text.matchAll(YEAR_MONTH)) {
    out.set("month", MONTHS[Number(m[2]) - 1]!);
    out.set("year", m[1]!);
  }
  // Ticket-like ids: DBG-008, BUILD-041, JIRA-1234.
  for (const m of title.matchAll(/\b([A-Z]{2,10})-(\d{1,6})\b/g)) out.set(`id:${m[1]}`, m[2]!);
  // The environment a step runs in: "Apply 0006 on staging" and "… to production" are both needed.
  // Only one named environment counts ("promote staging to production" names the step, not one).
  const envs = new Set<string>();
  for (const re of [ENVIRONMENT, ENVIRONMENT_ALONE, ENVIRONMENT_HOST, ENVIRONMENT_TAIL])
    for (const m of text.matchAll(re)) envs.add(ENVIRONMENT_NAME[m[1]!] ?? m[1]!);
  if (envs.size === 1) out.set("environment", [...envs][0]!);
  // "Regional ingest edge in ap-southeast-2" and "… in eu-west-1": one cloud region each.
  const regions = new Set<string>();
  for (const m of text.matchAll(REGION)) regions.add(m[1]!);
  // "Object Lock on cw-prod-originals-us" and "… on cw-prod-originals-eu": a resource named per region.
  for (const m of text.matchAll(REGION_SUFFIX)) regions.add(m[1]!);
  if (regions.size === 1) out.set("region", [...regions][0]!);
  for (const [kind, name] of namedInstances(text)) out.set(kind, name);
  // "CNAME for status.pipewell.dev" and "DNS record for docs.pipewell.dev": one host each.
  const hosts = new Set<string>();
  for (const m of text.matchAll(HOST)) hosts.add(m[1]!);
  if (hosts.size === 1) out.set("host", [...hosts][0]!);
  // "Android: shopping list widget (Jetpack Glance)" and "iOS: shopping list widget (WidgetKit)":
  // one platform's build of a feature each. A title that names two platforms names no one.
  const platforms = new Set<string>();
  for (const m of text.matchAll(PLATFORM)) platforms.add(STORE_PLATFORM[m[1]!] ?? m[1]!);
  if (platforms.size === 1) out.set("platform", [...platforms][0]!);
  // "Crash on launch – Samsung Galaxy A12" and "… – Pixel 4a": one device's report each.
  const devices = new Set<string>();
  for (const m of text.matchAll(DEVICE)) devices.add(m[0].replace(/^samsung\s+/, "").replace(/\s+/g, " "));
  if (devices.size === 1) out.set("device", [...devices][0]!);
  // "Flaky: … (react)" and "Flaky: … (svelte)": one framework's adapter each.
  const frameworks = new Set<string>();
  for (const m of text.matchAll(FRAMEWORK)) frameworks.add(m[1]!);
  if (frameworks.size === 1) out.set("framework", [...frameworks][0]!);
  // "[i18n][es] Translate …" and "[i18n][ja] …", "Japanese translation of …": one locale each.
  const locales = new Set<string>();
  for (const m of text.matchAll(LOCALE_CODE)) locales.add(LANGUAGE_OF_CODE[m[1]!.slice(0, 2)] ?? m[1]!);
  for (const m of text.matchAll(FULL_LOCALE)) locales.add(LANGUAGE_OF_CODE[m[1]!] ?? m[1]!);
  for (const m of text.matchAll(LANGUAGE)) locales.add(m[1]!);
  if (locales.size === 1) out.set("locale", [...locales][0]!);
  return out;
}

/**
 * "User guide page for the bigmem partition" and "… for the gpu-h100 partition", "Drain the
 * talon cluster": one named partition, cluster, queue, namespace, tenant or shard each. A title
 * naming two of one kind names no one; a word that only describes ("the new cluster", "the
 * Slurm cluster", "the prod namespace") is not a name. `text` is lower-cased.
 */
export function namedInstances(text: string): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const m of text.matchAll(INSTANCE_NOUN)) {
    const name = m[1]!;
    if (NOT_A_NAME.has(name)) continue;
    const kind = m[2]!.replace(/\s+/g, " ");
    const names = found.get(kind) ?? new Set<string>();
    found.set(kind, names);
    names.add(name);
  }
  const out = new Map<string, string>();
  for (const [kind, names] of found) if (names.size === 1) out.set(kind, [...names][0]!);
  return out;
}

const INSTANCE_KINDS = new Set([
  "partition",
  "cluster",
  "queue",
  "namespace",
  "tenant",
  "shard",
  "node pool",
  "datacenter",
]);

/** Whether `part` is one or more whole segments of `name` (segments split at `-`, `_` and `.`). */
function partOf(part: string, name: string): boolean {
  const dashed = (text: string) => `-${text.replace(/[_.]/g, "-")}-`;
  return name.length > part.length && dashed(name).includes(dashed(part));
}

const INSTANCE_NOUN =
  /(?<![\w.-])([a-z0-9][a-z0-9_.-]{1,30})\s+(partition|cluster|queue|namespace|tenant|shard|node\s+pool|datacenter)s?\b/g;
/** Words before an instance's noun that describe it or name its technology rather than the one instance. */
const NOT_A_NAME = new Set(
  `the a an this that these those each every all any one two both other another same new old whole entire
  main default shared single separate second first last current existing big small large larger
  bigger test testing dev development staging stage prod production preprod qa uat sandbox local remote
  slurm pbs torque sge lsf htcondor kubernetes k8s eks gke aks openshift k3s kind minikube kafka redis
  postgres postgresql mysql mongo mongodb cassandra elasticsearch opensearch rabbitmq sqs celery spark
  hadoop ray dask hpc compute gpu cpu job jobs task tasks message dead-letter dlq retry work worker
  our your their its my per to of for in on at from with and or by into`
    .split(/\s+/)
    .filter(Boolean),
);

const PLATFORM = /\b(android|ios|ipados|watchos|tvos|macos|google play|play store|app store)\b/g;
/** A phone or tablet model: "Galaxy A12", "Pixel 4a", "iPhone 12 mini", "Redmi Note 9" (lower-cased). */
const DEVICE =
  /\b(?:(?:samsung\s+)?galaxy\s+(?:[a-z]\d{1,3}[a-z]?|s\d{1,2}|note\s?\d{1,2}|tab\s+[a-z]\d+)|pixel\s+\d[a-z]?(?:\s+(?:pro|xl|a))?|iphone\s+(?:\d{1,2}|se|x[rs]?)(?:\s+(?:pro|max|plus|mini))*|ipad\s+(?:pro|air|mini)(?:\s+\d)?|oneplus\s+\d+[a-z]?|redmi\s+(?:note\s+)?\d+[a-z]?|moto\s+[a-z]\d*)\b/g;
/** A store names its platform: purchases validated against Google Play are Android's. */
const STORE_PLATFORM: Record<string, string> = {
  "google play": "android",
  "play store": "android",
  "app store": "ios",
};
/**
 * A cloud region's code: AWS (`eu-west-1`, `us-gov-west-1`, or `eu-west` alone), Google Cloud
 * (`europe-west4`, `us-central1`) and Azure (`westeurope`, `eastus2`); or a sales region (EMEA, APAC).
 */
const REGION =
  /\b((?:us|eu|ap|sa|ca|me|af|il|mx)-(?:gov-)?(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:-\d)?|emea|apac|latam|amer|anz|dach|nordics|(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)\d|(?:west|north|east|south)europe|(?:east|west|central|northcentral|southcentral|westcentral)us\d?|uk(?:south|west)|(?:south)?eastasia|japan(?:east|west)|australia(?:east|southeast)|canada(?:central|east))\b/g;
/** A resource's name of three or more parts that ends in a region's short code: `cw-prod-originals-eu`. */
const REGION_SUFFIX =
  /\b[a-z0-9]+(?:-[a-z0-9]+){2,}-(us|eu|uk|apac|emea|latam|ca|au|jp|in|br|sg|de|fr)\b(?!-)/g;
const FRAMEWORK = /\b(react|vue|svelte|angular|solid|preact|qwik|ember|lit)\b/g;
/** A language code set apart as a tag: "[es]", "(pt-br)", "[zh-cn]". */
const LOCALE_CODE =
  /[[(](en|es|fr|de|it|pt|nl|pl|tr|ru|uk|ja|zh|ko|ar|fa|hi|vi|id|sv|cs|da|fi|no|nb|he|el|ro|hu|th)(?:[-_][a-z]{2,4})?[\])]/g;
/**
 * A full locale written in the open: "zh-Hans chat", "pt-BR strings", "de_AT". Only with a script or
 * a country (`no-op`, `hi-fi` are words).
 */
const FULL_LOCALE =
  /(?<![\w-])(en|es|fr|de|it|pt|nl|pl|tr|ru|uk|ja|zh|ko|ar|fa|hi(?=[-_]in\b)|vi|id|sv|cs|da|fi|nb|he|el|ro|hu|th)[-_](?:hans|hant|latn|cyrl|us|gb|es|mx|fr|ca|de|at|ch|br|pt|cn|tw|hk|jp|kr|it|nl|be|pl|ru|tr|sa|eg|ae|in|vn|id|se|cz|dk|fi|no|il|gr|ro|hu|th|ua|ir|au|nz|ie|ar|cl|co)(?![\w-])/g;
const LANGUAGE =
  /\b(english|spanish|french|german|italian|portuguese|dutch|polish|turkish|russian|ukrainian|japanese|chinese|korean|arabic|persian|hindi|vietnamese|indonesian|swedish|czech|danish|finnish|norwegian|hebrew|greek|romanian|hungarian|thai)\b/g;
const LANGUAGE_OF_CODE: Record<string, string> = {
  en: "english",
  es: "spanish",
  fr: "french",
  de: "german",
  it: "italian",
  pt: "portuguese",
  nl: "dutch",
  pl: "polish",
  tr: "turkish",
  ru: "russian",
  uk: "ukrainian",
  ja: "japanese",
  zh: "chinese",
  ko: "korean",
  ar: "arabic",
  fa: "persian",
  hi: "hindi",
  vi: "vietnamese",
  id: "indonesian",
  sv: "swedish",
  cs: "czech",
  da: "danish",
  fi: "finnish",
  no: "norwegian",
  nb: "norwegian",
  he: "hebrew",
  el: "greek",
  ro: "romanian",
  hu: "hungarian",
  th: "thai",
};

const ENVIRONMENTS = "staging|stage|production|prod|preprod|pre-prod|sandbox|dev|development|qa|uat|preview";
/** After "on", "to", "for"…, a hosting platform's name may come first: "for Vercel Preview deployments". */
const ENVIRONMENT = new RegExp(
  `\\b(?:(?:on|to|in|for|into|from)\\s+(?:the\\s+)?(?:(?:vercel|netlify|fly|heroku|render|railway|aws|gcp|azure|cloudflare|k8s|kubernetes)\\s+)?)(${ENVIRONMENTS})\\b`,
  "g",
);
/** "Rotate the lb-redis AUTH password — prod": the environment after a dash that ends the title. */
const ENVIRONMENT_TAIL = new RegExp(`\\s[—–-]\\s*(${ENVIRONMENTS})\\s*$`, "g");
/** "Rotate the wildcard cert (prod)", "[staging] flaky deploys": the environment set apart. */
const ENVIRONMENT_ALONE = new RegExp(`[([](${ENVIRONMENTS})[)\\]]`, "g");
/** "*.staging.acme-internal.net", "api.prod.example.com": a host name's label. */
const ENVIRONMENT_HOST = new RegExp(`(?<=^|[\\s.(\`])(${ENVIRONMENTS})\\.(?=[a-z0-9-]+\\.[a-z])`, "g");
/**
 * A host name ending in a common top-level domain ("docs.pipewell.dev", "*.acme.com"); file names
 * (`plans.ts`, `install.sh`) end otherwise. The wildcard is dropped: it names the same host's names.
 */
const HOST =
  /(?<![\w.@/-])(?:\*\.)?((?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|app|ai|co|cloud|site|tech|xyz|info|biz|uk|de|eu|fr|nl|ca|au|jp|internal|local|lan|corp|gov|edu))(?![\w-]|\.[a-z0-9])/g;
const ENVIRONMENT_NAME: Record<string, string> = {
  stage: "staging",
  prod: "production",
  "pre-prod": "preprod",
  development: "dev",
};

const MONTH_NAMES =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\s+(?:of\\s+)?(20\\d{2})\\b`, "g");
const YEAR_MONTH = /\b(20\d{2})-(0[1-9]|1[0-2])\b(?!-\d)/g;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const MONTH_COVERED =
  /\b(?:for|in|of|during)\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/g;

/** A route of two segments or more in a title (`/health/api`, `/v1/orders`), without a trailing slash. */
const ROUTE = /(?<![\w./-])(\/[a-z][\w-]*(?:\/[\w{}:-]+)+)\/?(?![\w./-])/g;

/** A name of three letters or more with a version number glued on: `openrtb26`, `ubuntu22`. */
const GLUED_VERSION = /\b([a-z]{3,})(\d{1,3})\b/g;

/**
 * Front matter keys that say which instance a handoff is about (`market: AT`, `env: staging`,
 * `platform: android`): two handoffs with different values under one key are per-instance work.
 */
const INSTANCE_KEYS = new Set(
  "market country region env environment stage platform os locale language lang site tenant customer client store cluster datacenter dc".split(
    " ",
  ),
);

/** The instance markers a handoff's front matter names, as `fm:<key>` → lower-cased value. */
export function frontMatterMarkers(data: Readonly<Record<string, unknown>> | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!data) return out;
  for (const [key, value] of Object.entries(data)) {
    const k = key.toLowerCase();
    if (!INSTANCE_KEYS.has(k) || (typeof value !== "string" && typeof value !== "number")) continue;
    const v = String(value).trim().toLowerCase();
    if (v === "" || v.includes(",") || v.includes(" and ") || v === "all" || v === "both") continue;
    const env = k === "env" || k === "environment" || k === "stage";
    out.set(`fm:${env ? "environment" : k}`, env ? (ENVIRONMENT_NAME[v] ?? v) : v);
  }
  return out;
}

/** True when both titles carry a marker of the same kind with different values. */
export function markersConflict(
  a: ReadonlyMap<string, string>,
  b: ReadonlyMap<string, string>,
): string | null {
  for (const [kind, value] of a) {
    const other = b.get(kind);
    if (other === undefined || other === value) continue;
    // `region: eu` and `region: eu-west-1`: one written in full and in part.
    if (kind.startsWith("fm:") && (partOf(value, other) || partOf(other, value))) continue;
    // "example.com" and "api.example.com" may be one site; "docs.x.dev" and "status.x.dev" are two.
    if (kind === "host" && (value.endsWith(`.${other}`) || other.endsWith(`.${value}`))) continue;
    // "the gpu-h100 partition" and "the H100 partition": one name written in full and in part.
    if (INSTANCE_KINDS.has(kind) && (partOf(value, other) || partOf(other, value))) continue;
    return `${kind} ${value} vs ${other}`;
  }
  // Ticket ids of different prefixes are different tickets too (DBG-008 vs BUILD-041).
  const idsA = [...a.keys()].filter((k) => k.startsWith("id:"));
  const idsB = [...b.keys()].filter((k) => k.startsWith("id:"));
  if (idsA.length > 0 && idsB.length > 0 && !idsA.some((k) => b.has(k))) return "different ticket ids";
  return null;
}
