// Bundles each entry into one self-contained ESM file under dist/ (committed; CI diffs it).
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));

const entries = [
  { in: "src/cli/main.ts", out: "dist/cli.js", shebang: true },
  { in: "src/action/main.ts", out: "dist/index.js", shebang: false },
  { in: "src/app/server.ts", out: "dist/app.js", shebang: false },
];

for (const entry of entries) {
  await build({
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    legalComments: "none",
    logLevel: "warning",
    define: { __HG_VERSION__: JSON.stringify(version) },
    banner: {
      js: [
        entry.shebang ? "#!/usr/bin/env node" : "",
        // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
        "import { createRequire as __hgCreateRequire } from 'node:module';",
        "const require = __hgCreateRequire(import.meta.url);",
      ]
        .filter(Boolean)
        .join("\n"),
    },
  });
}
