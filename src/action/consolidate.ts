import type { ModeContext } from "./context.js";

export async function runConsolidateMode(ctx: ModeContext): Promise<number> {
  ctx.io.annotate("error", "consolidate mode is not available yet.");
  return 1;
}
