// Many texts as one UTF-8 buffer, to hand to another thread. A structured clone copies each string as it is held,
// two bytes a character for most articles (a single ’ or — makes the whole string two-byte), into the other
// thread's heap; news copy is mostly ASCII, so its UTF-8 takes about half that, and one transferred buffer is not
// copied at all.

export interface PackedTexts {
  bytes: Uint8Array;
  /** End (exclusive) of each text in `bytes`; text i starts where text i - 1 ends. */
  ends: Int32Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The texts as UTF-8, one after the other. A text that is not well-formed UTF-16 (a lone surrogate) comes back
 * with U+FFFD in its place, as TextEncoder writes it.
 */
export function packTexts(texts: string[]): PackedTexts {
  let size = 0;
  for (const t of texts) size += t.length;
  let bytes = new Uint8Array(Math.max(16, Math.ceil(size * 1.25)));
  const ends = new Int32Array(texts.length);
  let at = 0;
  texts.forEach((t, i) => {
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    if (bytes.length - at < t.length * 3) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, at + t.length * 3));
      grown.set(bytes.subarray(0, at));
      bytes = grown;
    }
    at += encoder.encodeInto(t, bytes.subarray(at)).written;
    ends[i] = at;
  });
  return { bytes: bytes.slice(0, at), ends };
}

/** Text `i` of packed texts. */
export function unpackText(p: PackedTexts, i: number): string {
  return decoder.decode(p.bytes.subarray(i === 0 ? 0 : p.ends[i - 1]!, p.ends[i]!));
}
