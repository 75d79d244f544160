// Preloaded into a benchmarked process (node --import): reports its peak RSS on exit, so the
// benchmark needs no /usr/bin/time.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.HG_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
