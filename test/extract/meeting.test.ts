// Meeting/event claims: verbs and nouns in fr/en, counterpart anaphors, hyphenated pairs, "leur rencontre",
// two meetings in one article, typed non-meeting events.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitSentences } from '../../src/extract/sentences.ts';
import { findMentions } from '../../src/extract/entities.ts';
import { extractMeetings } from '../../src/extract/meeting.ts';
import type { ExtractContext } from '../../src/extract/context.ts';
import type { Lang, MeetingValue } from '../../src/types.ts';

function ctx(text: string, lang: Lang = 'fr'): ExtractContext {
  const doc = {
    id: 't', path: 't', title: null, outlet: null, url: null, lang, langSource: 'metadata' as const,
    published: { value: '2023-06-19', source: 'metadata' as const }, original: text, text, offsets: null, removed: [],
  };
  const base = { doc, text, sentences: splitSentences(text) };
  return { ...base, mentions: findMentions(base) };
}
const meetings = (text: string, lang: Lang = 'fr') => extractMeetings(ctx(text, lang)).map((c) => ({ ...(c.value as MeetingValue), entities: c.entities, conf: c.confidence }));
const has = (ms: ReturnType<typeof meetings>, type: string, ...who: string[]) =>
  ms.some((m) => m.type === type && who.every((w) => m.participants.includes(w)));

const table: [string, Lang, string, string[]][] = [
  ['Sergueï Lavrov a rencontré Antony Blinken à Genève.', 'fr', 'meeting', ['serguei-lavrov', 'antony-blinken']],
  ["Emmanuel Macron s'est entretenu avec Olaf Scholz mardi.", 'fr', 'meeting', ['emmanuel-macron', 'olaf-scholz']],
  ['Olaf Scholz a reçu Giorgia Meloni à Berlin.', 'fr', 'meeting', ['olaf-scholz', 'giorgia-meloni']],
  ['Narendra Modi met with Joe Biden at the White House.', 'en', 'meeting', ['narendra-modi', 'joe-biden']],
  ['Rishi Sunak held talks with Justin Trudeau in Ottawa.', 'en', 'talks', ['rishi-sunak', 'justin-trudeau']],
  ['La rencontre entre Vladimir Poutine et Recep Tayyip Erdogan a duré trois heures.', 'fr', 'meeting', ['vladimir-poutine', 'recep-tayyip-erdogan']],
  ['Kishida was received by Yoon Suk Yeol on Sunday.', 'en', 'meeting', ['yoon-suk-yeol']],
];
for (const [text, lang, type, who] of table) {
  test(`meeting: ${text.slice(0, 50)}`, () => {
    const ms = meetings(text, lang);
    assert.ok(has(ms, type, ...who), JSON.stringify(ms));
    const m = ms.find((x) => x.type === type)!;
    assert.equal(m.entities, m.participants);
    assert.is(m.date, null);
  });
}

test('"a été reçu par son homologue chinois Qin Gang"', () => {
  const text = 'Le secrétaire d’État américain Antony Blinken a été reçu dimanche par son homologue chinois Qin Gang.';
  assert.ok(has(meetings(text), 'meeting', 'antony-blinken', 'qin-gang'), JSON.stringify(meetings(text)));
});

test('a bare counterpart resolves to the only person of that country', () => {
  const text = 'Le ministre chinois des Affaires étrangères Wang Yi était à Munich. Kuleba a rencontré son homologue chinois samedi.';
  assert.ok(has(meetings(text), 'meeting', 'wang-yi'), JSON.stringify(meetings(text)));
});

test('hyphenated pairs and "leur rencontre"', () => {
  const text = 'Joe Biden a vu Xi Jinping. Le sommet Biden-Xi a eu lieu à Bali. Leur rencontre a duré trois heures.';
  const ms = meetings(text);
  assert.ok(has(ms, 'summit', 'joe-biden', 'xi-jinping'), JSON.stringify(ms));
  assert.ok(ms.filter((m) => m.type === 'meeting' && m.participants.length === 2).length >= 2, JSON.stringify(ms));
});

test('two meetings in one article keep their own participants', () => {
  const text =
    "Dimanche, Antony Blinken a rencontré Qin Gang pendant sept heures. Lundi, Blinken a rencontré Wang Yi pendant trois heures.";
  const ms = meetings(text).filter((m) => m.type === 'meeting');
  assert.is(ms.length, 2);
  assert.equal(ms[0]!.participants.sort(), ['antony-blinken', 'qin-gang']);
  assert.equal(ms[1]!.participants.sort(), ['antony-blinken', 'wang-yi']);
});

test('a speaker is not a participant', () => {
  const text = "Blinken a rencontré Wang Yi, a indiqué le porte-parole Ned Price.";
  const m = meetings(text).find((x) => x.type === 'meeting')!;
  assert.not.ok(m.participants.includes('ned-price'));
});

test('typed non-meeting events', () => {
  assert.ok(meetings('Un séisme de magnitude 7,8 a frappé le sud de la Turquie.').some((m) => m.type === 'earthquake'));
  assert.ok(meetings('The hurricane made landfall on Monday.', 'en').some((m) => m.type === 'cyclone'));
  assert.ok(meetings('La journée de mobilisation a réuni 1,28 million de manifestants.').some((m) => m.type === 'protest'));
  assert.ok(meetings("Les élections législatives auront lieu en juin.").some((m) => m.type === 'election'));
  assert.equal(meetings('Il fait beau sur la côte.'), []);
});

test('a month is no protest march: "March 12" in a dateline or a date makes no event', () => {
  assert.equal(meetings('BRUSSELS, March 12 (Reuters) - Negotiators agreed a new deal on fishing rights.', 'en'), []);
  assert.equal(meetings('The rules take effect in March 2026.', 'en'), []);
  assert.ok(meetings('Thousands joined a march through central London on Saturday.', 'en').some((m) => m.type === 'protest'));
});

test.run();
