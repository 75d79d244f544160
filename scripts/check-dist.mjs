// Fails when dist/ differs from a fresh build or holds files git does not track:
// a stale or uncommitted bundle is exactly what this product exists to catch.
import { execFileSync } from "node:child_process";

const run = (cmd, args) => execFileSync(cmd, args, { encoding: "utf8" });
run("node", ["scripts/build.mjs"]);
const status = run("git", ["status", "--porcelain", "--untracked-files=all", "--", "dist"]).trim();
if (status) {
  console.error(
    "dist/ is stale or untracked after a rebuild. Run `npm run build` and commit dist/:\n" + status,
  );
  process.exit(1);
}
console.log("dist/ matches a fresh build.");
