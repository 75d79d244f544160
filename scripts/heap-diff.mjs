// Compares two V8 heap snapshots of the same process (e.g. written by
// `scripts/load-app.mjs --heap-snapshots DIR`), grouped by constructor / node name, largest growth
// first. A script, not a test.
//
//   node scripts/heap-diff.mjs BEFORE.heapsnapshot AFTER.heapsnapshot [--top 30] [--retainers 10]
//                              [--groups REGEX] [--depth 4] [--json]
//
// Prints two tables:
//   1. per group, the count and self size in each snapshot and the difference (AFTER - BEFORE);
//   2. per group, the objects of AFTER that did not exist in BEFORE (V8 keeps an object's snapshot
//      id for the life of the isolate, so "new" = allocated after BEFORE and still alive after the
//      collection that precedes AFTER): what a leak is made of.
// With --retainers N, for the N groups with the most new bytes, who holds the new objects: the
// group of the retaining object and the edge name, counted over the new objects' retainers, as
// chains of up to --depth retainers (the first retainer of each step). --groups REGEX picks the
// groups to explain instead (e.g. --groups 'string|^Object$'), whatever their rank.
// Caveat: native (embedder) nodes such as `Node / ModuleWrap` get fresh ids in every snapshot, so
// they always look "new"; compare their counts in table 1 instead.
//
// Groups: objects and native objects by constructor name; closures as `(closure) name`; arrays,
// hidden objects, code and system objects as `(type) name`; strings, numbers and the like by type.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: "string", default: "30" },
    retainers: { type: "string", default: "0" },
    groups: { type: "string" },
    depth: { type: "string", default: "4" },
    json: { type: "boolean", default: false },
  },
});
if (positionals.length !== 2) {
  console.error("usage: node scripts/heap-diff.mjs BEFORE.heapsnapshot AFTER.heapsnapshot [--top N]");
  process.exit(2);
}
const TOP = Number(values.top);
const RETAINERS = Number(values.retainers);
const GROUPS = values.groups ? new RegExp(values.groups) : null;
const DEPTH = Math.max(1, Number(values.depth));

/** The snapshot's nodes as columns, plus a group key per node. */
function loadSnapshot(path, { edges = false } = {}) {
  const raw = JSON.parse(readFileSync(path, "utf8"));
  const meta = raw.snapshot.meta;
  const fields = meta.node_fields;
  const width = fields.length;
  const typeNames = meta.node_types[0];
  const iType = fields.indexOf("type");
  const iName = fields.indexOf("name");
  const iId = fields.indexOf("id");
  const iSize = fields.indexOf("self_size");
  const iEdges = fields.indexOf("edge_count");
  const { nodes, strings } = raw;
  const count = nodes.length / width;
  const keys = new Array(count);
  const types = new Array(count);
  const ids = new Float64Array(count);
  const sizes = new Float64Array(count);
  const edgeCounts = new Uint32Array(count);
  for (let n = 0; n < count; n++) {
    const base = n * width;
    types[n] = typeNames[nodes[base + iType]];
    keys[n] = groupKey(types[n], strings[nodes[base + iName]]);
    ids[n] = nodes[base + iId];
    sizes[n] = nodes[base + iSize];
    edgeCounts[n] = nodes[base + iEdges];
  }
  const out = { path, count, keys, types, ids, sizes, totalSize: sizes.reduce((a, b) => a + b, 0) };
  if (edges) {
    // Reverse edges: for each node, who points at it and under which edge name.
    const edgeFields = meta.edge_fields;
    const ew = edgeFields.length;
    const eType = edgeFields.indexOf("type");
    const eName = edgeFields.indexOf("name_or_index");
    const eTo = edgeFields.indexOf("to_node");
    const edgeTypes = meta.edge_types[0];
    const retainers = new Map(); // node index -> [{ from, edge }]
    let e = 0;
    for (let n = 0; n < count; n++) {
      for (let k = 0; k < edgeCounts[n]; k++, e += ew) {
        const type = edgeTypes[raw.edges[e + eType]];
        if (type === "weak" || type === "shortcut") continue;
        const to = raw.edges[e + eTo] / width;
        const nameOrIndex = raw.edges[e + eName];
        const name = type === "element" || type === "hidden" ? "" : String(strings[nameOrIndex]);
        // Slots of internal arrays (numbered names) are all alike: one label, so chains group.
        const edge = name === "" || /^\d+$/.test(name) ? `[${type}]` : `.${name.slice(0, 40)}`;
        let list = retainers.get(to);
        if (!list) {
          list = [];
          retainers.set(to, list);
        }
        if (list.length < 4) list.push({ from: n, edge });
      }
    }
    out.retainers = retainers;
  }
  return out;
}

function groupKey(type, name) {
  switch (type) {
    case "object":
    case "native":
      return name;
    case "closure":
      return `(closure) ${name || "anonymous"}`;
    case "array":
    case "hidden":
    case "code":
    case "object shape":
      return `(${type}) ${String(name).slice(0, 60)}`;
    default:
      return `(${type})`;
  }
}

function group(snapshot, filter = () => true, by = snapshot.keys) {
  const out = new Map();
  for (let n = 0; n < snapshot.count; n++) {
    if (!filter(n)) continue;
    const key = by[n];
    let entry = out.get(key);
    if (!entry) {
      entry = { count: 0, size: 0 };
      out.set(key, entry);
    }
    entry.count++;
    entry.size += snapshot.sizes[n];
  }
  return out;
}

const before = loadSnapshot(positionals[0]);
const after = loadSnapshot(positionals[1], { edges: RETAINERS > 0 || GROUPS !== null });
const a = group(before);
const b = group(after);
const rows = [];
for (const key of new Set([...a.keys(), ...b.keys()])) {
  const x = a.get(key) ?? { count: 0, size: 0 };
  const y = b.get(key) ?? { count: 0, size: 0 };
  rows.push({ key, countA: x.count, countB: y.count, sizeA: x.size, sizeB: y.size });
}
rows.sort((p, q) => q.sizeB - q.sizeA - (p.sizeB - p.sizeA) || q.countB - q.countA - (p.countB - p.countA));

const beforeIds = new Set(before.ids);
const isNew = (n) => !beforeIds.has(after.ids[n]);
const fresh = group(after, isNew);
const freshRows = [...fresh].map(([key, v]) => ({ key, ...v })).sort((p, q) => q.size - p.size);
let freshCount = 0;
let freshSize = 0;
for (const r of freshRows) {
  freshCount += r.count;
  freshSize += r.size;
}

const kb = (n) => (n / 1024).toFixed(1);
const signed = (n, f = String) => (n > 0 ? `+${f(n)}` : f(n));

if (values.json) {
  console.log(
    JSON.stringify(
      {
        before: { path: before.path, nodes: before.count, selfSize: before.totalSize },
        after: { path: after.path, nodes: after.count, selfSize: after.totalSize },
        growth: rows.slice(0, TOP),
        newInAfter: { count: freshCount, size: freshSize, groups: freshRows.slice(0, TOP) },
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

console.log(`A: ${before.path}: ${before.count} nodes, ${kb(before.totalSize)} KiB self size`);
console.log(`B: ${after.path}: ${after.count} nodes, ${kb(after.totalSize)} KiB self size`);
console.log(
  `B - A: ${signed(after.count - before.count)} nodes, ${signed(after.totalSize - before.totalSize, kb)} KiB`,
);
const typesA = group(before, undefined, before.types);
const typesB = group(after, undefined, after.types);
console.log("");
console.log("By node type (code = compiled code, bytecode and their metadata):");
console.log(
  `${"count A".padStart(9)} ${"count B".padStart(9)} ${"Δcount".padStart(8)} ${"ΔKiB".padStart(9)}  type`,
);
for (const type of [...new Set([...typesA.keys(), ...typesB.keys()])].sort(
  (p, q) =>
    (typesB.get(q)?.size ?? 0) -
    (typesA.get(q)?.size ?? 0) -
    ((typesB.get(p)?.size ?? 0) - (typesA.get(p)?.size ?? 0)),
)) {
  const x = typesA.get(type) ?? { count: 0, size: 0 };
  const y = typesB.get(type) ?? { count: 0, size: 0 };
  console.log(
    `${String(x.count).padStart(9)} ${String(y.count).padStart(9)} ${signed(y.count - x.count).padStart(8)} ${signed(y.size - x.size, kb).padStart(9)}  ${type}`,
  );
}
console.log("");
console.log(`Largest growth (B - A) by group, top ${TOP}:`);
console.log(
  `${"count A".padStart(9)} ${"count B".padStart(9)} ${"Δcount".padStart(8)} ${"ΔKiB".padStart(9)}  group`,
);
for (const r of rows.slice(0, TOP))
  console.log(
    `${String(r.countA).padStart(9)} ${String(r.countB).padStart(9)} ${signed(r.countB - r.countA).padStart(8)} ${signed(r.sizeB - r.sizeA, kb).padStart(9)}  ${r.key}`,
  );
console.log("");
console.log(
  `Objects of B that did not exist in A: ${freshCount} (${kb(freshSize)} KiB); by group, top ${TOP}:`,
);
console.log(`${"count".padStart(9)} ${"KiB".padStart(9)}  group`);
for (const r of freshRows.slice(0, TOP))
  console.log(`${String(r.count).padStart(9)} ${kb(r.size).padStart(9)}  ${r.key}`);

/** The chain of first retainers above node n: "holder .edge <- holder .edge <- ...". */
function chain(n) {
  const steps = [];
  const seen = new Set([n]);
  let at = n;
  for (let d = 0; d < DEPTH; d++) {
    const first = after.retainers.get(at)?.find((r) => !seen.has(r.from));
    if (!first) break;
    steps.push(`${after.keys[first.from]}${isNew(first.from) ? "" : " (old)"} ${first.edge}`);
    seen.add(first.from);
    at = first.from;
  }
  return steps.length ? steps.join("  <-  ") : "(no retainer)";
}

const explain = GROUPS ? freshRows.filter((r) => GROUPS.test(r.key)) : freshRows.slice(0, RETAINERS);
for (const r of explain) {
  const holders = new Map();
  for (let n = 0; n < after.count; n++) {
    if (after.keys[n] !== r.key || !isNew(n)) continue;
    const c = chain(n);
    holders.set(c, (holders.get(c) ?? 0) + 1);
  }
  console.log("");
  console.log(`New ${r.key} (${r.count}, ${kb(r.size)} KiB) held by (first retainer chains):`);
  for (const [holder, n] of [...holders].sort((p, q) => q[1] - p[1]).slice(0, 8))
    console.log(`${String(n).padStart(9)}  ${holder}`);
}
