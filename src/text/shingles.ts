// Word shingles of a text, hashed: what copy detection (align/copies.ts) compares. Shared here so that the
// extraction workers can compute them while they hold the text, off the main thread.
import { fold } from './fold.ts';

/** Words per shingle used by copy detection by default. */
export const COPY_SHINGLE_WORDS = 7;

/** 32-bit FNV-1a hash of a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct hashes of a text's n-word shingles, sorted. Each word is hashed once; a shingle mixes its words' hashes. */
export function shingleHashes(text: string, n: number = COPY_SHINGLE_WORDS): Uint32Array {
  const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(hash);
  const all = new Set<number>();
  for (let i = 0; i + n <= words.length; i++) {
    let h = 0x9e3779b9;
    for (let j = i; j < i + n; j++) h = Math.imul(h ^ words[j]!, 0x85ebca6b) ^ (h >>> 13);
    all.add(h >>> 0);
  }
  return Uint32Array.from(all).sort();
}
