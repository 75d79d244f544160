// check mode (pull_request, push): the checked-out commit, with git. On a pull request, the
// documents it changes plus HG106 for the files it deletes or renames against its base commit.
import { check } from "../core/engine.js";
import { loadLocalSnapshot } from "../local/index.js";
import { loadConfigFile } from "../node/config-file.js";
import { blobLink, type ModeContext } from "./context.js";
import { isForkPullRequest } from "./event.js";
import { ensureCommit } from "./git.js";
import { publish, reachesFailOn } from "./report.js";

const ZERO_SHA = /^0{40}$/;

export async function runCheckMode(ctx: ModeContext): Promise<number> {
  const { payload } = ctx.event;
  const pr = payload.pull_request;
  let base: string | undefined;
  let baseWhat = "";
  if (pr) {
    base = pr.base.sha;
    baseWhat = `base commit of pull request #${pr.number}`;
  } else if (ctx.event.name === "push" && payload.before && !ZERO_SHA.test(payload.before)) {
    base = payload.before;
    baseWhat = "commit before this push";
  }
  const changedOnly = ctx.inputs["changed-only"] ?? pr !== undefined;

  if (base) {
    const ensured = await ensureCommit(ctx.workspace, base, baseWhat);
    if (!ensured.ok) {
      if (pr || changedOnly) {
        ctx.io.annotate("error", ensured.message, { title: "handoff-guard: base commit missing" });
        await ctx.io.appendSummary(`## handoff-guard\n\n❌ ${ensured.message}\n`);
        return 1;
      }
      ctx.io.annotate("notice", `${ensured.message} Checking every document without HG106.`, {
        title: "handoff-guard: base commit missing",
      });
      base = undefined;
    } else if (ensured.fetched) {
      ctx.io.info(`Fetched the ${baseWhat} (${base.slice(0, 12)}) into the shallow checkout.`);
    }
  }

  const snapshot = await loadLocalSnapshot(ctx.workspace, {
    untracked: ctx.inputs.untracked,
    ...(base ? { changedSince: base } : {}),
    deferWorkingTree: true,
  });
  const { config, file } = await loadConfigFile(
    snapshot.topLevel,
    ctx.inputs.config || undefined,
    ctx.workspace,
  );
  ctx.io.info(`Config: ${file ?? "defaults (no .github/handoff-guard.yml)"}`);

  const change = snapshot.change;
  const documents =
    changedOnly && change ? [...change.changed, ...change.renamed.map((r) => r.to)] : undefined;
  const result = await check(snapshot, config, { documents, untracked: ctx.inputs.untracked });

  if (isForkPullRequest(ctx.event)) {
    ctx.io.annotate(
      "notice",
      "This pull request comes from a fork, so its token is read-only: handoff-guard reports through " +
        "annotations and this job summary only and skips every write to GitHub.",
      { title: "handoff-guard: read-only token" },
    );
  }

  const scope = pr
    ? documents
      ? `Checked the ${documents.length} document change(s) of pull request #${pr.number} against ${base?.slice(0, 12)}, plus HG106 for files it deletes or renames.`
      : `Checked every document at ${snapshot.commit?.slice(0, 12)}; HG106 against ${base?.slice(0, 12)}.`
    : documents
      ? `Checked the ${documents.length} document change(s) since ${base?.slice(0, 12)}.`
      : `Checked every document at ${snapshot.commit?.slice(0, 12) ?? "the working tree"}${base ? `; HG106 against ${base.slice(0, 12)}` : ""}.`;
  const sha = snapshot.commit ?? pr?.head.sha ?? "HEAD";
  const link = blobLink(ctx, pr ? pr.head.sha : sha);
  const published = await publish(ctx, result, {
    markdown: { linkTo: (path, line) => link(path, line) },
    scope,
  });
  const { error, warning, notice } = published.counts;
  ctx.io.info(`handoff-guard: ${error} error(s), ${warning} warning(s), ${notice} notice(s). ${scope}`);
  if (reachesFailOn(result, ctx.inputs["fail-on"])) {
    ctx.io.info(`Failing the step: findings reach fail-on: ${ctx.inputs["fail-on"]}.`);
    return 1;
  }
  return 0;
}
