// What the Action tells the runner: workflow commands on stdout, and the GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files. Paths come from the env given to run(), never from globals.
import { randomUUID } from "node:crypto";
import { appendFile } from "node:fs/promises";
import * as core from "@actions/core";
import { escapeData, escapeProperty } from "../core/render/index.js";
import type { Env } from "./inputs.js";

export type Level = "error" | "warning" | "notice";

export interface AnnotationProps {
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export interface ActionIO {
  readonly env: Env;
  info(message: string): void;
  annotate(level: Level, message: string, props?: AnnotationProps): void;
  /** A raw workflow command line (already escaped). */
  raw(line: string): void;
  setOutput(name: string, value: string): Promise<void>;
  appendSummary(markdown: string): Promise<void>;
}

export function createIO(env: Env, write: (text: string) => void = (t) => process.stdout.write(t)): ActionIO {
  return {
    env,
    info: (message) => write(`${message}\n`),
    annotate(level, message, props = {}) {
      const parts: string[] = [];
      if (props.file) parts.push(`file=${escapeProperty(props.file)}`);
      if (props.line !== undefined && props.line >= 1) {
        parts.push(`line=${props.line}`);
        if (props.col !== undefined && props.col >= 1) parts.push(`col=${props.col}`);
      }
      if (props.title) parts.push(`title=${escapeProperty(props.title)}`);
      write(`::${level}${parts.length ? ` ${parts.join(",")}` : ""}::${escapeData(message)}\n`);
    },
    raw: (line) => write(`${line}\n`),
    async setOutput(name, value) {
      const file = env["GITHUB_OUTPUT"];
      if (!file) {
        write(`(output ${name}=${value}; GITHUB_OUTPUT is not set)\n`);
        return;
      }
      const delimiter = `ghadelimiter_${randomUUID()}`;
      await appendFile(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`, "utf8");
    },
    async appendSummary(markdown) {
      const file = env["GITHUB_STEP_SUMMARY"];
      if (!file) return;
      await appendFile(file, markdown.endsWith("\n") ? markdown : `${markdown}\n`, "utf8");
    },
  };
}

/** Hide a secret in the log (a ::add-mask:: command), as @actions/core does. */
export function maskSecret(secret: string): void {
  if (secret) core.setSecret(secret);
}
