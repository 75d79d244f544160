// The documents the parser tests run over: the three seeds and the parser fixtures.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SEEDS = "/work/shared/seeds";
const FIXTURES = join(import.meta.dirname, "../../fixtures/parser");

export interface CorpusDoc {
  name: string;
  text: string;
}

function read(dir: string, filter: (f: string) => boolean): CorpusDoc[] {
  try {
    return readdirSync(dir)
      .filter(filter)
      .sort()
      .map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8") }));
  } catch {
    return [];
  }
}

/** Seeds live outside the repository; copies are kept in the fixtures so tests run anywhere. */
export function seeds(): CorpusDoc[] {
  const local = read(join(FIXTURES, "seeds"), (f) => f.endsWith(".md"));
  return local.length > 0 ? local : read(SEEDS, (f) => /^\d{3}_.*\.txt$/.test(f));
}

export function fixtures(): CorpusDoc[] {
  return read(FIXTURES, (f) => f.endsWith(".md"));
}

export function corpus(): CorpusDoc[] {
  return [...seeds(), ...fixtures()];
}

export function seed(prefix: string): string {
  const doc = seeds().find((d) => d.name.startsWith(prefix));
  if (!doc) throw new Error(`seed ${prefix} not found`);
  return doc.text;
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}
