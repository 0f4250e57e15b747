// Role claims: who holds which title, as the article says it ("le ministre chinois des Affaires étrangères
// Qin Gang", "Bruno Retailleau, ministre de l'Intérieur démissionnaire", "Wang Yi, who left the post of FM").
import type { ExtractContext } from './context.ts';
import type { ClaimDraft, RoleValue } from '../types.ts';
import { analyse, type TitleLink } from './entities/analyse.ts';
import { lexicon } from './entities/lexicon.ts';

// How much each way of linking a title to a name can be trusted.
const CONFIDENCE: Record<TitleLink['pattern'], number> = {
  before: 0.9,
  after: 0.85,
  copula: 0.7,
  relative: 0.7,
  anaphor: 0.5,
  demonym: 0.3,
};

/** Extracts role claims (kind 'role'); offsets are into the working text. */
export function extractRoles(ctx: ExtractContext): ClaimDraft[] {
  const a = analyse(ctx);
  const out: ClaimDraft[] = [];
  const seen = new Set<string>();
  for (const l of a.links) {
    const t = l.title;
    const p = l.person;
    if (p.type !== 'person') continue;
    const start = Math.min(t.start, p.start);
    const end = Math.max(t.end, p.end);
    const sig = `${start}:${end}:${p.key}:${t.key}`;
    if (seen.has(sig)) continue;
    seen.add(sig);
    const value: RoleValue = {
      person: p.key,
      personText: p.text,
      title: ctx.text.slice(t.start, t.end),
      titleKey: t.key,
      asOf: ctx.doc.published.value,
      qualifier: t.qualifier,
    };
    out.push({ kind: 'role', start, end, value, confidence: CONFIDENCE[l.pattern], entities: [p.key] });
  }
  out.push(...counterpartRoles(ctx, a, seen));
  return out.sort((x, y) => x.start - y.start);
}

/**
 * "Le secrétaire d'État américain Antony Blinken … à son homologue chinois, Wang Yi": a counterpart holds, in
 * another country, the office of the person whose counterpart they are. The named counterpart gets that office's
 * key (with the relational words as the title), at a low confidence.
 */
function counterpartRoles(ctx: ExtractContext, a: ReturnType<typeof analyse>, seen: Set<string>): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const officeOf = new Map<string, TitleLink>();
  for (const l of a.links) if (!l.title.entry.relational && l.pattern !== 'demonym' && !officeOf.has(l.person.key)) officeOf.set(l.person.key, l);
  const bySentence = new Map<number, typeof a.mentions>();
  for (const m of a.mentions) if (m.type === 'person') (bySentence.get(m.s) ?? bySentence.set(m.s, []).get(m.s)!).push(m);
  a.titles.forEach((spans, s) => {
    const people = bySentence.get(s) ?? [];
    for (const t of spans) {
      if (!t.entry.relational) continue;
      const named = people.find((m) => m.first > t.last && m.first - t.last <= 2);
      // Whose counterpart: the first person named before the relational title, in the same sentence.
      const other = people.find((m) => m.last < t.first);
      const office = other ? officeOf.get(other.key) : undefined;
      if (!named || !other || !office || named.key === other.key) continue;
      const start = t.start;
      const end = named.end;
      const sig = `${start}:${end}:${named.key}:${office.title.key}`;
      if (seen.has(sig)) continue;
      seen.add(sig);
      const value: RoleValue = {
        person: named.key,
        personText: named.text,
        title: ctx.text.slice(t.start, t.end),
        titleKey: office.title.key,
        asOf: ctx.doc.published.value,
        qualifier: null,
      };
      out.push({ kind: 'role', start, end, value, confidence: COUNTERPART_CONFIDENCE, entities: [named.key] });
    }
  });
  return out;
}

// A counterpart's office is inferred, not stated.
const COUNTERPART_CONFIDENCE = 0.45;

/**
 * How two title keys relate: 'same'; 'equivalent' (one office under two names: US Secretary of State and
 * foreign minister); 'broader' (one is a kind of the other: a foreign minister is a top diplomat); or 'different'.
 */
export function titleRelation(a: string, b: string): 'same' | 'equivalent' | 'broader' | 'different' {
  if (a === b) return 'same';
  const lx = lexicon();
  const ea = lx.titleByKey.get(a);
  const eb = lx.titleByKey.get(b);
  if (ea?.equivalents?.includes(b) || eb?.equivalents?.includes(a)) return 'equivalent';
  if (ea?.broader?.includes(b) || eb?.broader?.includes(a)) return 'broader';
  // Two offices under one broader key are compatible descriptions of one person ("chef de la diplomatie").
  const common = (ea?.broader ?? []).filter((k) => eb?.broader?.includes(k));
  if (common.length > 0) return 'broader';
  // Generic keys carry their complement ("minister-de-la-transition-ecologique"): same head, same family.
  if (a.startsWith(`${b}-`) || b.startsWith(`${a}-`)) return 'broader';
  return 'different';
}

/** True when two title keys can describe one office held by one person (same, equivalent or broader). */
export function titlesEquivalent(a: string, b: string): boolean {
  return titleRelation(a, b) !== 'different';
}
