// Tells French from English by counting function words. Cheap, linear, and good enough for news copy.
import type { Lang } from '../types.ts';
import lexicon from './lang-lexicon.json' with { type: 'json' };

const FR = new Set(lexicon.stopwords.fr);
const EN = new Set(lexicon.stopwords.en);
const ELISIONS = new Set(lexicon.elisions.fr);

// Enough text to decide; counting a whole 50 MB file would only cost time.
const SAMPLE = 200_000;

export interface LangScore {
  fr: number;
  en: number;
}

/** Counts French and English function words in `text` (its first 200 000 chars). */
export function scoreLang(text: string): LangScore {
  const s = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let fr = 0;
  let en = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && !isLetter(s.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isLetter(s.charCodeAt(i))) i++;
    if (i === start) continue;
    const w = s.slice(start, i).toLowerCase();
    // "l'État", "qu'il": an elided article or pronoun is a strong French signal.
    if (i < n && isApostrophe(s.charCodeAt(i)) && ELISIONS.has(w)) fr++;
    else if (FR.has(w)) fr++;
    else if (EN.has(w)) en++;
  }
  return { fr, en };
}

/** The document language: more French than English function words wins; ties go to French. */
export function detectLang(text: string): Lang {
  const { fr, en } = scoreLang(text);
  return en > fr ? 'en' : 'fr';
}

/** Reads a language tag ("fr", "fr-FR", "EN_us") as a Lang, or null when it is neither. */
export function parseLangTag(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const head = tag.trim().toLowerCase().split(/[-_]/)[0];
  return head === 'fr' || head === 'en' ? head : null;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}
