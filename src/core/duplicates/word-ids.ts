// Token ids of the body words of one corpus. Bodies are most of the text a corpus reads and their
// words repeat, so a plain line (ASCII letters, spaces and punctuation) is read char by char: each
// word is found by its characters in an open-addressing table, and no string is built for a word
// seen before. Any other line (digits, URLs, camelCase, "percent" or "dollar", non-ASCII) goes
// through `rawWords`, which rewrites those. On a plain line `rawWords` gives exactly its runs of
// letters, lower-cased, so both ways read the same words in the same order.
import { rawWords } from "./text.js";

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

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

  /** Appends the token ids of a text's words (of two letters or more) to `out`, in order. */
  read(text: string, out: number[]): void {
    if (!isPlain(text)) {
      const { words, identifiers } = rawWords(text);
      for (const word of words) {
        if (word.length < 2) continue;
        const id = this.find(word, 0, word.length, hashOf(word, 0, word.length));
        if (id >= 0) out.push(id);
      }
      for (const identifier of identifiers) out.push(this.idOfToken(identifier));
      return;
    }
    let start = -1;
    let hash = 0;
    for (let k = 0; k <= text.length; k++) {
      const c = k < text.length ? text.charCodeAt(k) : 0;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        if (start < 0) {
          start = k;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ (c | 32), FNV_PRIME);
      } else if (start >= 0) {
        if (k - start >= 2) {
          const id = this.find(text, start, k, hash);
          if (id >= 0) out.push(id);
        }
        start = -1;
      }
    }
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

/** Whether `rawWords` would read the text as its runs of letters, lower-cased, and nothing else. */
function isPlain(text: string): boolean {
  let lower = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 48 && c <= 57)) return false; // non-ASCII, digits
    const upper = c >= 65 && c <= 90;
    if (upper && lower) return false; // camelCase
    if (c === 58 && text.charCodeAt(k + 1) === 47 && text.charCodeAt(k + 2) === 47) return false; // "://"
    lower = c >= 97 && c <= 122;
  }
  return !/percent|dollar/i.test(text);
}

/** FNV-1a over the characters, ASCII letters lower-cased (digits are unchanged by `| 32`). */
function hashOf(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ (text.charCodeAt(k) | 32), FNV_PRIME);
  return hash;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++)
    if (word.charCodeAt(k) !== (text.charCodeAt(start + k) | 32)) return false;
  return true;
}
