import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";

/**
 * One long-lived `git cat-file --batch` per repository for reads by full object SHA
 * (objects are immutable, so a long-lived reader never goes stale; refs are resolved elsewhere).
 */
export class CatFile {
  private child: ChildProcessWithoutNullStreams | null = null;
  private buffer = Buffer.alloc(0);
  private readonly waiting: {
    resolve: (v: { type: string; data: Buffer } | null) => void;
    reject: (e: Error) => void;
  }[] = [];

  constructor(private readonly dir: string) {}

  read(sha: string): Promise<{ type: string; data: Buffer } | null> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return Promise.resolve(null);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      child.stdin.write(`${sha}\n`);
    });
  }

  close(): void {
    const child = this.child;
    this.child = null;
    if (child) {
      child.stdin.end();
      child.kill();
    }
    for (const w of this.waiting.splice(0)) w.reject(new Error("cat-file closed"));
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn("git", ["-C", this.dir, "cat-file", "--batch"], { stdio: ["pipe", "pipe", "pipe"] });
    child.unref();
    (child.stdout as unknown as { unref?: () => void }).unref?.();
    child.stdout.on("data", (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    child.stdin.on("error", () => {});
    child.on("exit", () => {
      if (this.child === child) this.child = null;
      this.buffer = Buffer.alloc(0);
      for (const w of this.waiting.splice(0)) w.reject(new Error("git cat-file exited"));
    });
    this.child = child;
    return child;
  }

  private drain(): void {
    while (this.waiting.length) {
      const eol = this.buffer.indexOf(10);
      if (eol < 0) return;
      const header = this.buffer.subarray(0, eol).toString("utf8");
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
        this.buffer = this.buffer.subarray(eol + 1);
        this.waiting.shift()!.resolve(null);
        continue;
      }
      const [, type, sizeText] = header.split(" ");
      const size = Number(sizeText);
      if (this.buffer.length < eol + 1 + size + 1) return;
      const data = Buffer.from(this.buffer.subarray(eol + 1, eol + 1 + size));
      this.buffer = this.buffer.subarray(eol + 1 + size + 1);
      this.waiting.shift()!.resolve({ type: type!, data });
    }
  }
}
