// Where a JSON text first breaks, for error messages: Node 20's JSON.parse often says only
// `Unexpected token '}', ..."text": } ]" is not valid JSON`, with no position. A small iterative scanner
// (no recursion, so 10,000 levels of nesting are fine; linear) finds the offset itself.

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** Offset of the first syntax error in `s`, or -1 when `s` is valid JSON. */
export function jsonErrorOffset(s: string): number {
  const stack: ('{' | '[')[] = [];
  // What may come next: a value, a value or "]", a key, a key or "}", a colon, or what follows a value.
  let want: 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after' = 'value';
  let i = 0;
  for (;;) {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
    if (i >= s.length) return want === 'after' && stack.length === 0 ? -1 : i;
    const c = s[i]!;
    if (want === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i; // content after the top-level value
      if (c === ',') want = top === '{' ? 'key' : 'value';
      else if ((c === '}' && top === '{') || (c === ']' && top === '[')) stack.pop();
      else return i;
      i++;
      continue;
    }
    if (want === 'colon') {
      if (c !== ':') return i;
      i++;
      want = 'value';
      continue;
    }
    if (want === 'key' || want === 'keyOrClose') {
      if (c === '}' && want === 'keyOrClose') {
        stack.pop();
        i++;
        want = 'after';
        continue;
      }
      if (c !== '"') return i;
      const end = stringEnd(s, i);
      if (end < 0) return -end - 1;
      i = end;
      want = 'colon';
      continue;
    }
    if (c === ']' && want === 'valueOrClose') {
      stack.pop();
      i++;
      want = 'after';
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      want = c === '{' ? 'keyOrClose' : 'valueOrClose';
      continue;
    }
    if (c === '"') {
      const end = stringEnd(s, i);
      if (end < 0) return -end - 1;
      i = end;
    } else if (s.startsWith('true', i) || s.startsWith('null', i)) i += 4;
    else if (s.startsWith('false', i)) i += 5;
    else {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(s);
      if (!m) return i;
      i += m[0].length;
    }
    want = 'after';
  }
}

/** Offset just past the string opening at `i`, or -(error offset) - 1. */
function stringEnd(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -j - 1;
    if (c === 0x5c) {
      const e = s[j + 1];
      if (e === 'u') {
        HEX4.lastIndex = j + 2;
        if (!HEX4.test(s)) return -j - 1;
        j += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
      else return -j - 1;
    } else j++;
  }
  return -j - 1;
}
