// The quote kind ranks candidates within the blocks a quote may join (its event's, or for a floating quote its
// article's events', and the undated clusters): it must cluster exactly as the plain walk over the six best of
// the clusters it may join does.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import quote, { classifyQuotes } from '../../src/compare/kinds/quote.ts';
import type { Claim, EventRecord, QuoteValue } from '../../src/types.ts';
import { claim, placeClaims } from '../helpers/claims.ts';

// Five-letter lower-case words: the kind's word key is then the word itself.
const VOCAB = ['paixx', 'guerr', 'taiwa', 'accor', 'franc', 'serie', 'const', 'dialo', 'relat', 'press', 'monde', 'econo'];
const EVENTS = ['e1', 'e2', 'e3', 'e4', 'e5'];

/** The plain walk: count shared words with every cluster, take the six best, join the first that accepts. */
function reference(all: Claim[], events: EventRecord[]): string[][] {
  const eventsOf = new Map<string, Set<string>>();
  for (const e of events) for (const d of e.sources) eventsOf.set(d, (eventsOf.get(d) ?? new Set()).add(e.key));
  const speaker = (c: Claim) => (c.value as QuoteValue).speaker;
  const identified = (c: Claim) => (speaker(c) && c.subject.entities.includes(speaker(c)!) ? speaker(c) : null);
  // A quote with no event in an article that names events: kept only with a named speaker, and only about those events.
  const floating = (c: Claim) => c.subject.event === null && eventsOf.has(c.doc);
  const canBeAbout = (c: Claim, event: string | null) => !event || !floating(c) || eventsOf.get(c.doc)!.has(event);
  const group = all.filter((c) => !floating(c) || identified(c));
  type Cl = { leader: Claim; members: Claim[]; words: Set<string>; voices: Set<string>; named: boolean; event: string | null; floating: Claim[] };
  const clusters: Cl[] = [];
  const text = (c: Claim) => (c.value as QuoteValue).text;
  for (const c of [...group].sort((a, b) => text(b).length - text(a).length || (a.id < b.id ? -1 : 1))) {
    const ws = new Set(text(c).split(' '));
    const need = Math.min(2, ws.size <= 2 ? 1 : ws.size);
    // A quote of a known event ranks only the clusters of its event and those of no event yet; a floating quote,
    // those of its article's events and of none.
    const mayJoin = (cl: Cl) =>
      !cl.event || (c.subject.event ? cl.event === c.subject.event : !floating(c) || eventsOf.get(c.doc)!.has(cl.event));
    const ranked = clusters
      .map((cl, id) => [id, [...ws].filter((w) => cl.words.has(w)).length] as const)
      .filter(([id, n]) => n > 0 && mayJoin(clusters[id]!))
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, 6);
    let joined: Cl | null = null;
    for (const [id, n] of ranked) {
      const cl = clusters[id]!;
      if (n < need) break;
      if (identified(c) && cl.named && !c.subject.entities.some((v) => cl.voices.has(v))) continue;
      if (floating(c) && (!cl.named || !canBeAbout(c, cl.event))) continue;
      if (c.subject.event && !cl.event && cl.floating.some((f) => !canBeAbout(f, c.subject.event))) continue;
      if (cl.event && c.subject.event && cl.event !== c.subject.event) continue;
      if (classifyQuotes(text(cl.leader), text(c)).cls === 'different') continue;
      joined = cl;
      break;
    }
    if (!joined) {
      joined = { leader: c, members: [], words: ws, voices: new Set(), named: false, event: c.subject.event, floating: [] };
      clusters.push(joined);
    }
    joined.members.push(c);
    if (floating(c)) joined.floating.push(c);
    joined.event ??= c.subject.event;
    if (identified(c)) {
      joined.named = true;
      for (const v of c.subject.entities) joined.voices.add(v);
    }
  }
  return clusters.filter((cl) => new Set(cl.members.map((m) => m.doc)).size >= 2).map((cl) => cl.members.map((m) => m.id));
}

const spec = fc.record({
  doc: fc.integer({ min: 0, max: 9 }),
  words: fc.array(fc.integer({ min: 0, max: 7 }).map((i) => VOCAB[i]!), { minLength: 1, maxLength: 5 }),
  event: fc.option(fc.constantFrom(...EVENTS), { freq: 3 }),
  speaker: fc.option(fc.constantFrom('wang-yi', 'blinken')),
  identified: fc.boolean(),
});

test('the quote kind clusters as the plain walk over the six best clusters it may join', () => {
  fc.assert(
    fc.property(fc.array(spec, { maxLength: 90 }), (specs) => {
      const made = specs.map((s, i) => {
        const text = `${s.words.join(' ')}${' '.repeat(i % 3)}`.trim();
        return claim({
          doc: `d${s.doc}`,
          kind: 'quote',
          text: `« ${text} »`,
          value: { text, speaker: s.speaker, speakerText: s.speaker, paraphrase: false, lang: 'fr' },
          entities: s.speaker && s.identified ? [s.speaker] : [],
          event: s.event,
        });
      });
      const { claims } = placeClaims(made);
      // Documents 0-5 name events; 6-9 never do, so their undated quotes take part.
      const events: EventRecord[] = EVENTS.map((key, i) => ({ key, label: key, type: 'meeting', participants: [], date: null, place: null, claims: [], sources: [`d${i}`, `d${i + 1}`] }));
      const ctx = { rule: null as never, docs: new Map(), events: new Map(events.map((e) => [e.key, e])), copyGroupOf: () => 0 };
      const got = quote.compare(claims, { sameStatement: 0.55, minSharedWords: 2 }, ctx).map((f) => f.values.map((v) => v.claim.id));
      assert.equal(got, reference(claims, events));
    }),
    { seed: 42, numRuns: 600 },
  );
});

test('clusters of other events never crowd out a cluster of the quote\'s own event', () => {
  const q = (doc: string, text: string, event: string) =>
    claim({ doc, kind: 'quote', text: `« ${text} »`, value: { text, speaker: null, speakerText: null, paraphrase: false, lang: 'fr' }, event });
  const others = ['e2', 'e3', 'e4', 'e5', 'e6', 'e7'].map((e, i) => q(`o${i}`, 'la paixx guerr taiwa accor franc le la', e));
  const { claims } = placeClaims([...others, q('d1', 'paixx guerr taiwa accor serie le', 'e1'), q('d2', 'paixx guerr taiwa accor franc', 'e1')]);
  const events = new Map(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'].map((key) => [key, { key, label: key, type: 'meeting', participants: [], date: null, place: null, claims: [], sources: [] }]));
  const ctx = { rule: null as never, docs: new Map(), events, copyGroupOf: () => 0 };
  // Six clusters of other events share more words, yet the two quotes of e1 are compared.
  const found = quote.compare(claims, { sameStatement: 0.55, minSharedWords: 2 }, ctx);
  assert.is(found.length, 1);
  assert.equal(found[0]!.values.map((v) => v.claim.doc).sort(), ['d1', 'd2']);
});

test('clusters of other events never crowd out those a floating quote may join', () => {
  // d1 names event e1; its quote found no event (it "floats"), so it may join e1's quotes or undated ones only.
  const q = (doc: string, text: string, event: string | null) =>
    claim({ doc, kind: 'quote', text: `« ${text} »`, value: { text, speaker: 'wang-yi', speakerText: 'Wang Yi', paraphrase: false, lang: 'fr' }, entities: ['wang-yi'], event });
  const others = ['e2', 'e3', 'e4', 'e5', 'e6', 'e7'].map((e, i) => q(`o${i}`, 'la paixx guerr taiwa accor franc le la', e));
  const { claims } = placeClaims([...others, q('d2', 'paixx guerr taiwa accor serie le', 'e1'), q('d1', 'paixx guerr taiwa accor franc', null)]);
  const keys = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'];
  const events = new Map(keys.map((key, i) => [key, { key, label: key, type: 'meeting', participants: [], date: null, place: null, claims: [], sources: i === 0 ? ['d1', 'd2'] : [`o${i - 1}`] }]));
  const ctx = { rule: null as never, docs: new Map(), events, copyGroupOf: () => 0 };
  const found = quote.compare(claims, { sameStatement: 0.55, minSharedWords: 2 }, ctx);
  assert.is(found.length, 1);
  assert.equal(found[0]!.values.map((v) => v.claim.doc).sort(), ['d1', 'd2']);
});

test.run();
