// Table tests for the `quote` kind: identical, minor variant, wording change, different statement, paraphrase.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyQuotes } from '../../src/compare/kinds/quote.ts';
import { claim } from '../helpers/claims.ts';
import { runCase, type KindCase } from '../helpers/kind-tester.ts';
import type { Lang } from '../../src/types.ts';

// An event that both test articles name elsewhere.
const storm = { key: 'cyclone:x', label: 'cyclone', type: 'cyclone', participants: [], date: null, place: null, claims: [], sources: ['a.txt', 'b.txt'] };

const q = (doc: string, text: string, speaker: string | null, opts: { paraphrase?: boolean; lang?: Lang; event?: string | null } = {}) =>
  claim({
    doc,
    kind: 'quote',
    text: `« ${text} »`,
    value: { text, speaker, speakerText: speaker, paraphrase: opts.paraphrase ?? false, lang: opts.lang ?? 'fr' },
    // Align lists an identified speaker among the claim's entities.
    entities: speaker ? [speaker] : [],
    ...(opts.event !== undefined ? { event: opts.event } : {}),
  });

test('classifyQuotes', () => {
  const table: [string, string, string][] = [
    ['franc, sérieux et constructif', 'franc, sérieux et constructif', 'identical'],
    ['Franc, sérieux et constructif.', 'franc sérieux et constructif', 'minor'],
    ["l'importance de la diplomatie", 'l’importance de la diplomatie', 'minor'],
    ['mobilisation historique', 'historique', 'minor'],
    ['discussions franches, sérieuses et constructives', 'discussions franches, substantielles et constructives', 'wording'],
    ['candid, substantive, and constructive', 'sincere, substantial and constructive', 'wording'],
    ['nous ne céderons rien sur Taïwan', 'la croissance mondiale ralentit cette année', 'different'],
    ['travailleront avec la Chine dans la même direction', 'travailler avec la Chine dans la même direction', 'minor'],
  ];
  for (const [a, b, want] of table) assert.is(classifyQuotes(a, b).cls, want, `${a} / ${b}`);
});

const cases: KindCase[] = [
  {
    name: 'same words from two sources corroborate',
    claims: [q('a.txt', 'franc, sérieux et constructif', 'matthew-miller'), q('b.txt', 'franc, sérieux et constructif', 'matthew-miller')],
    verdicts: ['corroboration'],
  },
  {
    name: 'a wording change is a divergence',
    claims: [
      q('a.txt', 'des discussions franches, sérieuses et constructives', 'matthew-miller'),
      q('b.txt', 'des discussions franches, substantielles et constructives', 'matthew-miller'),
    ],
    verdicts: ['divergence'],
    messageIds: ['wording'],
  },
  {
    name: 'different speakers are not compared',
    claims: [q('a.txt', 'des discussions franches, profondes et constructives', 'cctv'), q('b.txt', 'des discussions franches, substantielles et constructives', 'us-state-department')],
    verdicts: [],
  },
  {
    name: 'an unnamed speaker can match a named one',
    claims: [q('a.txt', 'le maintien de lignes de communication ouvertes', null), q('b.txt', 'le maintien de lignes de communication ouvertes', 'antony-blinken')],
    verdicts: ['corroboration'],
  },
  {
    name: 'quotes at different events are not compared',
    claims: [q('a.txt', 'travailler avec la Chine dans la même direction', 'wang-yi', { event: 'e1' }), q('b.txt', 'travailler avec la Chine dans une autre direction', 'wang-yi', { event: 'e2' })],
    verdicts: [],
  },
  {
    name: 'a quote in another language is compared only within its language',
    claims: [q('a.txt', 'candid, substantive, and constructive', 'us-state-department', { lang: 'en' }), q('b.txt', 'franc, substantiel et constructif', 'us-state-department')],
    verdicts: [],
  },
  {
    name: 'a paraphrase against a quote is at most a divergence',
    claims: [
      q('a.txt', 'la Chine ne fera aucun compromis sur Taïwan', 'wang-yi'),
      q('b.txt', 'la Chine ne ferait aucune concession sur Taïwan', 'wang-yi', { paraphrase: true }),
    ],
    verdicts: ['divergence'],
    messageIds: ['paraphrase'],
  },
  {
    name: 'a short characterisation with one word changed ("franc et direct" / "franc et candide") is a wording change',
    claims: [q('a.txt', 'franc et direct', null), q('b.txt', 'franc et candide', null), q('c.txt', 'franc et direct', null)],
    verdicts: ['divergence'],
  },
  {
    name: 'two short quotes sharing one word but saying different things are not compared',
    claims: [q('a.txt', 'très productif', null), q('b.txt', 'très dangereux', null)],
    verdicts: [],
  },
  {
    name: 'quotes of a named speaker that found no event are compared, in articles that name events',
    claims: [
      q('a.txt', "Il y a aussi la tradition musulmane d'enterrer les morts en moins de 24h.", 'prefet', { event: null }),
      q('b.txt', "Les scènes de désolation sont immenses, et la tradition musulmane d'enterrer les morts sous 24 heures complique le recensement", 'prefet', { event: null }),
    ],
    events: [storm],
    verdicts: ['divergence'],
  },
  {
    name: 'unnamed quotes that found no event keep to themselves in articles that name events',
    claims: [
      q('a.txt', "Il y a aussi la tradition musulmane d'enterrer les morts en moins de 24h.", null, { event: null }),
      q('b.txt', "Les scènes de désolation sont immenses, et la tradition musulmane d'enterrer les morts sous 24 heures complique le recensement", null, { event: null }),
    ],
    events: [storm],
    verdicts: [],
  },
  {
    name: "a named speaker's quote that found no event never meets a quote of an event its article does not name",
    claims: [
      q('a.txt', 'lever les sanctions illégales et injustifiées contre la Chine', 'wang-yi', { event: null }),
      q('b.txt', 'lever les sanctions unilatérales illégales contre la Chine', 'wang-yi', { event: 'meeting:munich' }),
    ],
    events: [storm, { ...storm, key: 'meeting:munich', sources: ['b.txt'] }],
    verdicts: [],
  },
];

for (const c of cases) test(c.name, () => void runCase('quote', ['quote'], c));

test('a paraphrase in indirect speech (tenses shifted) corroborates the quote; two paraphrases never diverge', () => {
  runCase('quote', ['quote'], {
    name: 'tense',
    claims: [q('a.txt', "l'Allemagne continuera de soutenir l'Ukraine", 'olaf-scholz'), q('b.txt', "l'Allemagne continuerait de soutenir l'Ukraine", 'olaf-scholz', { paraphrase: true })],
    verdicts: ['corroboration'],
  });
  runCase('quote', ['quote'], {
    name: 'two paraphrases',
    claims: [q('a.txt', 'les discussions ont été franches et utiles', null, { paraphrase: true }), q('b.txt', 'les discussions ont été franches et difficiles', null, { paraphrase: true })],
    verdicts: ['corroboration'],
  });
});

test.run();
