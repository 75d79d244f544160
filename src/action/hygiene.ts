import type { ModeContext } from "./context.js";

export async function runHygieneMode(ctx: ModeContext): Promise<number> {
  ctx.io.annotate("error", "hygiene mode is not available yet.");
  return 1;
}
