// Finds titles in a sentence: "le ministre chinois des Affaires étrangères", "US Secretary of State",
// "ministre de l'Intérieur démissionnaire", "directeur du bureau de la Commission … du Parti communiste chinois".
import { STOPWORDS } from './stopwords.ts';
import { joinable, lexicon, type TitleEntry } from './lexicon.ts';
import { foldKey, type Token } from './tokens.ts';

export interface TitleSpan {
  /** First and last token index (inclusive) inside the sentence's token list. */
  first: number;
  last: number;
  /** Offsets into the working text. */
  start: number;
  end: number;
  entry: TitleEntry;
  /** Comparison key: the lexicon key, with the folded complement for generic titles. */
  key: string;
  /** Country or region key named by a demonym or a country word in the title ("chinois", "US", "of China"). */
  country: string | null;
  /** former | acting | new, from "ancien", "démissionnaire", "newly appointed"… */
  qualifier: string | null;
  /** A determiner, possessive or nothing right before: "le", "the", "son", "his". */
  determiner: string | null;
}

/** Every title span is made here, its fields in one order: V8 recompiles code that sees several shapes (a
 * spread copy with one field changed made another). */
export function titleSpan(
  first: number,
  last: number,
  start: number,
  end: number,
  entry: TitleEntry,
  key: string,
  country: string | null,
  qualifier: string | null,
  determiner: string | null,
): TitleSpan {
  return { first, last, start, end, entry, key, country, qualifier, determiner };
}

const COMPLEMENT_PREPS = new Set(['de', 'du', 'des', 'd', 'of', 'for', 'a', 'au', 'aux', 'at', 'chargé', 'charge']);
const DETERMINERS = new Set(['le', 'la', 'l', 'les', 'the', 'un', 'une', 'a', 'an']);
const POSSESSIVES = new Set(['son', 'sa', 'ses', 'his', 'her', 'their', 'leur', 'its']);
const CONJ = new Set(['et', 'and']);

function isDemonym(t: Token): boolean {
  return lexicon().demonyms.has(t.fold);
}

/** Words a title may skip inside it: a demonym or a qualifier. Module-level: not a closure per sentence. */
function skipInsideTitle(t: Token): boolean {
  return isDemonym(t) || lexicon().qualifiers.has(t.fold);
}

/** Finds the title spans of one sentence's tokens, left to right, without overlaps. */
export function findTitles(toks: Token[], text: string, lang: string = 'fr'): TitleSpan[] {
  const lx = lexicon();
  const out: TitleSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = lx.titles.match(toks, i, text, skipInsideTitle);
    if (!m) continue;
    // "Premier" alone, "chef", "head": only titles when used as such (lower-case mid-sentence or before a name).
    let first = i;
    let last = m.end;
    let country: string | null = null;
    let qualifier: string | null = null;
    for (const k of m.skipped) {
      const t = toks[k]!;
      if (lx.demonyms.has(t.fold)) country ??= lx.demonyms.get(t.fold)!;
      else qualifier ??= lx.qualifiers.match(toks, k, text)?.value ?? null;
    }
    // Left: country words and qualifiers ("US", "China's", "former", "ancien", "ex").
    for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
      let t = toks[k]!;
      if (!joinable(text, t, toks[first]!)) break;
      // "China's Foreign Minister": the possessive "s" token sits between the country and the title.
      if (t.fold === 's' && k > 0 && /['’]/.test(text[t.start - 1] ?? '')) t = toks[--k]!;
      if (lx.demonyms.has(t.fold) && (t.cap || isDemonym(t))) {
        country ??= lx.demonyms.get(t.fold)!;
        first = k;
      } else if (lx.qualifiers.has(t.fold)) {
        const q = lx.qualifiers.match(toks, k, text);
        if (!q || q.end >= i - 1) {
          qualifier ??= q?.value ?? null;
          first = k;
        } else break;
      } else break;
    }
    // Right: demonyms, qualifiers, then a complement ("de Mayotte", "of the Chinese Communist Party").
    let j = last + 1;
    for (let guard = 0; guard < 4 && j < toks.length && joinable(text, toks[j - 1]!, toks[j]!); guard++) {
      const t = toks[j]!;
      if (isDemonym(t) && !t.cap) {
        country ??= lx.demonyms.get(t.fold)!;
        last = j++;
        continue;
      }
      const q = lx.qualifiers.match(toks, j, text);
      if (q && !t.cap) {
        qualifier ??= q.value;
        last = q.end;
        j = q.end + 1;
        continue;
      }
      break;
    }
    const comp = complement(toks, last + 1, text, lang);
    let complementText = '';
    if (comp && !m.value.relational) {
      complementText = text.slice(toks[last + 1]!.start, toks[comp.end]!.end);
      country ??= comp.country;
      last = comp.end;
      // Trailing qualifier after the complement: "ministre de l'Intérieur démissionnaire".
      const q = last + 1 < toks.length && joinable(text, toks[last]!, toks[last + 1]!) ? lx.qualifiers.match(toks, last + 1, text) : null;
      if (q) {
        qualifier ??= q.value;
        last = q.end;
      }
    }
    // A bare English head word capitalised at the start of a sentence ("Head", "Chief") is not a title, unless a
    // name follows it: "President Biden met Xi" (else "President Biden" became a person of its own).
    if (m.end === i && first === i && toks[i]!.i === 0 && m.value.generic && !comp && !nameFollows(toks, i, text)) continue;
    let key = m.value.key;
    if (m.value.generic && complementText && !(comp && comp.onlyCountry)) key = `${key}-${foldKey(complementText)}`;
    const before = first > 0 ? toks[first - 1]! : null;
    const determiner =
      before && (DETERMINERS.has(before.fold) || POSSESSIVES.has(before.fold)) && joinable(text, before, toks[first]!)
        ? before.fold
        : null;
    out.push(titleSpan(first, last, toks[first]!.start, toks[last]!.end, m.value, key, country, qualifier, determiner));
    i = last;
  }
  // "State Councilor and Foreign Minister Qin Gang": keep both; callers attach the name to the chain.
  return out;
}

/** A capitalised word right after token i that is neither a title nor a function word: the start of a name. */
function nameFollows(toks: Token[], i: number, text: string): boolean {
  const next = toks[i + 1];
  return !!next && next.cap && !STOPWORDS.has(next.fold) && !lexicon().titles.has(next.fold) && joinable(text, toks[i]!, next) && text.slice(toks[i]!.end, next.start) === ' ';
}

/** True when the title spans a and b are joined by "et"/"and" ("State Councilor and Foreign Minister"). */
export function chained(toks: Token[], a: TitleSpan, b: TitleSpan): boolean {
  return b.first === a.last + 2 && CONJ.has(toks[a.last + 1]!.fold);
}

/**
 * A complement after a title head: one or more "PREP [DET] noun-group" segments, at most 12 tokens.
 * A noun group is an alias (possibly several words) or one content word followed by lower-case content words.
 */
function complement(
  toks: Token[],
  j: number,
  text: string,
  lang: string,
): { end: number; country: string | null; onlyCountry: boolean } | null {
  const lx = lexicon();
  let end = -1;
  let country: string | null = null;
  let segments = 0;
  let onlyCountry = true;
  let k = j;
  while (k < toks.length && k - j < 12) {
    const prep = toks[k]!;
    if (!COMPLEMENT_PREPS.has(prep.fold) || prep.cap) break;
    if (k > 0 && !joinable(text, toks[k - 1]!, prep)) break;
    let n = k + 1;
    if (n < toks.length && DETERMINERS.has(toks[n]!.fold) && !toks[n]!.cap && joinable(text, prep, toks[n]!)) n++;
    // "of the Chinese Foreign Ministry": a demonym before the noun gives the country.
    while (n + 1 < toks.length && lx.demonyms.has(toks[n]!.fold) && !lx.aliases.match(toks, n, text) && joinable(text, toks[n]!, toks[n + 1]!)) {
      country ??= lx.demonyms.get(toks[n]!.fold)!;
      n++;
    }
    const head = toks[n];
    if (!head || !joinable(text, toks[n - 1]!, head)) break;
    // "à"/"at" only introduce a complement that names an organisation or place ("prévisionniste à Météo-France").
    if ((prep.fold === 'a' || prep.fold === 'at' || prep.fold === 'au') && !head.cap) break;
    const alias = lx.aliases.match(toks, n, text);
    let last: number;
    if (alias) {
      last = alias.end;
      if (alias.value.type === 'place' && alias.value.level === 'country') country ??= alias.value.key;
      else onlyCountry = false;
      if (alias.value.country) country ??= alias.value.country;
    } else {
      if (STOPWORDS.has(head.fold) && !head.cap && !/^\d/.test(head.text)) break;
      last = n;
      onlyCountry = false;
      // Following lower-case content words: adjectives and noun complements ("Transition écologique").
      while (
        last + 1 < toks.length &&
        last - n < 3 &&
        !toks[last + 1]!.cap &&
        !STOPWORDS.has(toks[last + 1]!.fold) &&
        !COMPLEMENT_PREPS.has(toks[last + 1]!.fold) &&
        !lx.qualifiers.has(toks[last + 1]!.fold) &&
        joinable(text, toks[last]!, toks[last + 1]!) &&
        looksLikeComplementWord(toks[last + 1]!.fold, lang)
      ) {
        last++;
        if (lx.demonyms.has(toks[last]!.fold)) country ??= lx.demonyms.get(toks[last]!.fold)!;
      }
      // Or capitalised words of one organisation name ("du Parti communiste", "Comité central").
      if (head.cap) {
        while (
          last + 1 < toks.length &&
          last - n < 4 &&
          toks[last + 1]!.cap &&
          !STOPWORDS.has(toks[last + 1]!.fold) &&
          joinable(text, toks[last]!, toks[last + 1]!) &&
          /^[\p{Lu}]/u.test(toks[last + 1]!.text) &&
          lx.aliases.match(toks, last + 1, text)?.value.type !== 'place' &&
          isOrgish(toks, n, last + 1)
        )
          last++;
      }
    }
    end = last;
    segments++;
    k = last + 1;
  }
  if (segments === 0) return null;
  return { end, country, onlyCountry };
}

/** An all-caps or org-head word continues a capitalised complement; a person's given name does not. */
function isOrgish(toks: Token[], from: number, k: number): boolean {
  const t = toks[k]!;
  if (t.upper) return true;
  for (let x = from; x <= k; x++) if (ORG_WORDS.has(toks[x]!.fold)) return true;
  return false;
}

const ORG_WORDS = new Set([
  'affaires', 'etrangeres', 'interieur', 'commission', 'comite', 'parti', 'department', 'ministry', 'conseil',
  'council', 'etat', 'state', 'office', 'bureau', 'house', 'senate', 'chambre', 'assemblee', 'republique',
]);

// French adjectives after a noun ("Transition écologique", "Parti communiste chinois") end in these; verbs
// ("craint", "situé") do not, so the title stops before them.
const FR_ADJ = /(?:ais|aise|aises|ien|ienne|iens|iennes|al|ale|ales|aux|ique|iques|el|elle|els|elles|aire|aires|ere|eres|ier|iers|iere|if|ive|ifs|ives|ain|aine|ains|aines|ois|oise|iste|istes|eur|eure|eurs|ieur|ieure|eux|euse|ent|ente|ents|entes|ant|ante|ants|antes|ne|nes|tre|tres|ial|iale)$/;

function looksLikeComplementWord(f: string, lang: string): boolean {
  if (lexicon().demonyms.has(f)) return true;
  if (lang === 'en') return !/(?:ed|ing)$/.test(f) && !['said', 'says', 'told', 'met', 'will', 'has', 'was'].includes(f);
  return FR_ADJ.test(f);
}
