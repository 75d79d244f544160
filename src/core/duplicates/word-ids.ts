// Token ids of the body words of one corpus. Bodies are most of the text a corpus reads and their
// words repeat, so a plain line (ASCII letters, spaces and punctuation) is read char by char: each
// word is found by its characters in an open-addressing table, and no string is built for a word
// seen before. Any other line (free-standing numbers, URLs, camelCase, "percent" or "dollar",
// non-ASCII) goes through `rawWords`, which rewrites those. On a plain line `rawWords` gives
// exactly its runs of letters and digits, lower-cased, so both ways read the same words in the
// same order. Digits glued to a word (`src/cache4/gateway_5949.css`) keep a line plain.
import { rawText } from "./text.js";

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** Where ids go: an array, or an `IdList`. */
export interface IdSink {
  push(id: number): unknown;
}

/**
 * A reusable list of ids in a typed array. An array emptied with `length = 0` drops its storage
 * in V8 and grows again from nothing for the next text: tens of megabytes of garbage over ten
 * thousand bodies.
 */
export class IdList implements IdSink {
  data = new Int32Array(256);
  length = 0;

  push(id: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = id;
  }

  clear(): void {
    this.length = 0;
  }

  /** A copy of the ids, exactly as long as the list. */
  copy(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class WordIds {
  /** Entry index + 1 by hash (linear probing); 0 is an empty slot. */
  private slots = new Int32Array(1 << 12);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly ids: number[] = [];

  /**
   * @param idOfWord the token id of a word of `rawWords`, -1 when it is no token; called once per
   *   distinct word, in the order words are first read (token ids are handed out in that order).
   * @param idOfToken the id of a token taken as it is (the camelCase identifiers of `rawWords`).
   */
  constructor(
    private readonly idOfWord: (word: string) => number,
    private readonly idOfToken: (token: string) => number,
  ) {}

  /** Word bounds and hashes of the line being read (reused: no allocation per line). */
  private bounds = new Int32Array(3 * 64);

  /** Appends the token ids of a text's words (of two letters or more) to `out`, in order. */
  read(text: string, out: IdSink): void {
    if (!this.readPlain(text, out)) this.readRaw(text, out);
  }

  /**
   * Reads the line `text[from, to)` in place (no string is built for it) and appends its words'
   * ids to `out`, as `read(text.slice(from, to), out)` would. `moneyWords`: false when the whole
   * text is known to hold no "percent" or "dollar" (see MONEY_OR_PERCENT).
   */
  readRange(text: string, from: number, to: number, out: IdSink, moneyWords: boolean): void {
    if (!this.readPlain(text, out, from, to, moneyWords)) this.readRaw(text.slice(from, to), out);
  }

  /**
   * Reads a plain line (`text`, or its part `[from, to)`) and returns true; returns false, having
   * read nothing, for any other.
   */
  readPlain(text: string, out: IdSink, from = 0, to = text.length, moneyWords = true): boolean {
    // One pass finds the words and proves the line plain (ASCII, no free-standing digit, no
    // camelCase or "://");
    // the words are looked up only once the whole line is known to be plain, so the table and
    // its id order are exactly what reading the line through `rawWords` would give.
    let words = 0;
    let start = -1;
    let hash = 0;
    let lower = false;
    for (let k = from; k <= to; k++) {
      const c = k < to ? text.charCodeAt(k) : 0;
      const isLower = c >= 97 && c <= 122;
      if (isLower || (c >= 65 && c <= 90)) {
        if (!isLower && lower) return false; // camelCase
        if (start < 0) {
          start = k;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ (c | 32), FNV_PRIME);
        lower = isLower;
        continue;
      }
      if (c >= 48 && c <= 57) {
        // A digit glued to a word (`cache4`, `gateway_5949`) is part of that word: every rewrite
        // `rawWords` makes of numbers (dates, times, quantities) starts at a digit that follows no
        // letter, digit or "_". Any other digit leaves the line to `rawWords`.
        const p = k > from ? text.charCodeAt(k - 1) : 0;
        if (!((p >= 48 && p <= 57) || p === 95 || ((p | 32) >= 97 && (p | 32) <= 122))) return false;
        if (start < 0) {
          start = k;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ c, FNV_PRIME);
        lower = false;
        continue;
      }
      if (c >= 128) return false; // non-ASCII
      if (c === 58 && k + 2 < to && text.charCodeAt(k + 1) === 47 && text.charCodeAt(k + 2) === 47)
        return false; // "://"
      lower = false;
      if (start >= 0) {
        if (k - start >= 2) {
          if (3 * words + 3 > this.bounds.length) {
            const grown = new Int32Array(this.bounds.length * 2);
            grown.set(this.bounds);
            this.bounds = grown;
          }
          this.bounds[3 * words] = start;
          this.bounds[3 * words + 1] = k;
          this.bounds[3 * words + 2] = hash;
          words++;
        }
        start = -1;
      }
    }
    if (words > 0 && moneyWords) {
      if (MONEY_OR_PERCENT.test(from === 0 && to === text.length ? text : text.slice(from, to))) return false;
    }
    const bounds = this.bounds;
    for (let w = 0; w < words; w++) {
      const id = this.find(text, bounds[3 * w]!, bounds[3 * w + 1]!, bounds[3 * w + 2]!);
      if (id >= 0) out.push(id);
    }
    return true;
  }

  /** A line that is not plain: its words as `rawWords` reads them (the runs of `a-z0-9`). */
  private readRaw(text: string, out: IdSink): void {
    const { clean, identifiers } = rawText(text);
    let start = -1;
    let hash = 0;
    for (let k = 0; k <= clean.length; k++) {
      const c = k < clean.length ? clean.charCodeAt(k) : 0;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) {
          start = k;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ c, FNV_PRIME);
        continue;
      }
      if (start >= 0) {
        if (k - start >= 2) {
          const id = this.find(clean, start, k, hash);
          if (id >= 0) out.push(id);
        }
        start = -1;
      }
    }
    for (const identifier of identifiers) out.push(this.idOfToken(identifier));
  }

  /** The id of the word `text[start, end)` lower-cased, added to the table when new. */
  private find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; this.slots[s] !== 0; s = (s + 1) & mask) {
      const e = this.slots[s]! - 1;
      if (this.hashes[e] === hash && sameWord(this.words[e]!, text, start, end)) return this.ids[e]!;
    }
    const word = text.slice(start, end).toLowerCase();
    const id = this.idOfWord(word);
    this.words.push(word);
    this.hashes.push(hash);
    this.ids.push(id);
    if (this.words.length * 2 > this.slots.length) this.grow();
    else this.place(this.words.length - 1);
    return id;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let s = this.hashes[e]! & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.words.length; e++) this.place(e);
  }
}

/**
 * A plain line (no free-standing digit, non-ASCII, camelCase or "://") that `rawWords` still rewrites: number
 * words before "percent" or "dollar" become quantities.
 */
export const MONEY_OR_PERCENT = /percent|dollar/i;

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++)
    if (word.charCodeAt(k) !== (text.charCodeAt(start + k) | 32)) return false;
  return true;
}
