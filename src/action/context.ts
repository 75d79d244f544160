// What every mode of the Action is given: validated inputs, the event, the output channel.
import type { ActionEvent } from "./event.js";
import type { Env, Inputs } from "./inputs.js";
import type { ActionIO } from "./io.js";

export interface ModeContext {
  env: Env;
  inputs: Inputs;
  event: ActionEvent;
  io: ActionIO;
  /** GITHUB_WORKSPACE, or the current folder. */
  workspace: string;
  version: string;
}

/** https://github.com/<owner>/<repo>/blob/<ref>/<path>#L<line> on the server the run belongs to. */
export function blobLink(ctx: ModeContext, ref: string): (path: string, line?: number) => string {
  const server = (ctx.env["GITHUB_SERVER_URL"] ?? "https://github.com").replace(/\/+$/, "");
  const base = `${server}/${ctx.event.owner}/${ctx.event.repo}/blob/${encodeURIComponent(ref)}`;
  return (path, line) =>
    `${base}/${path.split("/").map(encodeURIComponent).join("/")}${line && line >= 1 ? `#L${line}` : ""}`;
}
