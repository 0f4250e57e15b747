// Table tests for quote extraction: marks, partial and nested quotes, speakers before/after, pronoun chains,
// reported speech, and an adversarial string that must finish.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extractQuotes, scanQuotes } from '../../src/extract/quote.ts';
import { contextOf, type NamedMention } from '../helpers/context.ts';
import type { ExtractContext } from '../../src/extract/context.ts';
import type { Lang, QuoteValue } from '../../src/types.ts';

type M = NamedMention;

/** A context over `text` whose mentions are every occurrence of the given names. */
function makeCtx(text: string, lang: Lang, names: M[] = []): ExtractContext {
  return contextOf(text, { lang, names });
}

const quotes = (text: string, lang: Lang, names: M[] = []) =>
  extractQuotes(makeCtx(text, lang, names)).map((c) => ({ ...(c.value as QuoteValue), span: text.slice(c.start, c.end), confidence: c.confidence, entities: c.entities }));
const direct = (text: string, lang: Lang, names: M[] = []) => quotes(text, lang, names).filter((q) => !q.paraphrase);

const MILLER: M = ['Matthew Miller', 'person', 'matthew-miller'];
const MILLER2: M = ['Miller', 'person', 'matthew-miller'];
const BLINKEN: M = ['Blinken', 'person', 'antony-blinken'];
const WANG: M = ['Wang', 'person', 'wang-yi'];

// [name, lang, text, mentions, expected [text, speaker] per direct quote]
const SPEAKERS: [string, Lang, string, M[], [string, string | null][]][] = [
  ['partial quote, subject before, appositive', 'fr',
    'Le porte-parole de Blinken, Matthew Miller, a décrit les pourparlers comme « franc, sérieux et constructif » dans une déclaration.',
    [MILLER, BLINKEN], [['franc, sérieux et constructif', 'matthew-miller']]],
  ['speaker after the quote, subject before the verb', 'fr',
    '« Le secrétaire a soulevé un certain nombre de sujets », Miller a déclaré.', [MILLER2], [['Le secrétaire a soulevé un certain nombre de sujets', 'matthew-miller']]],
  ['inverted verb after the quote', 'fr',
    '« Il faut agir vite », a déclaré le porte-parole du département d\'État, Ned Price.',
    [['Ned Price', 'person', 'ned-price'], ["département d'État", 'org', 'us-state-department']], [['Il faut agir vite', 'ned-price']]],
  ['a-t-il ajouté chains to the last speaker', 'fr',
    '« Le dialogue est ouvert », a déclaré M. Wang à la télévision. « Nous ne ferons aucun compromis », a-t-il ajouté. « Rien ne change », a-t-il poursuivi.',
    [WANG], [['Le dialogue est ouvert', 'wang-yi'], ['Nous ne ferons aucun compromis', 'wang-yi'], ['Rien ne change', 'wang-yi']]],
  ['pronoun in a later paragraph, speaker from the previous sentence', 'fr',
    'Le porte-parole de Blinken, Matthew Miller, a parlé aux journalistes.\n\n« Nous avançons », a-t-elle ajouté.', [MILLER, BLINKEN], [['Nous avançons', 'matthew-miller']]],
  ['colon introduction by an organisation', 'fr',
    'Le ministère chinois des Affaires étrangères a déclaré : « La Chine espère des relations stables. »',
    [['ministère chinois des Affaires étrangères', 'org', 'china-foreign-ministry']], [['La Chine espère des relations stables', 'china-foreign-ministry']]],
  ['organisation without a mention gets a folded key', 'fr',
    'Le ministère a déclaré : « Les discussions ont été franches ».', [], [['Les discussions ont été franches', 'ministere']]],
  ['selon after the quote', 'fr',
    'M. Blinken a insisté sur l\'importance de « maintenir la paix dans le détroit », selon M. Miller.', [BLINKEN, MILLER2],
    [['maintenir la paix dans le détroit', 'matthew-miller']]],
  ['outer reporter wins over the inner subject', 'fr',
    'Le chef de la diplomatie a souligné « l\'importance de continuer » lors de ce sommet, a déclaré le porte-parole, Matthew Miller.', [MILLER],
    [["l'importance de continuer", 'matthew-miller']]],
  ['que-clause climbs to the reporting verb', 'fr',
    'Le département d’État a déclaré que Blinken avait souligné « l’importance de la diplomatie ».', [BLINKEN, ['département d’État', 'org', 'us-state-department']],
    [['l’importance de la diplomatie', 'us-state-department']]],
  ['participle climbs to the main verb', 'fr',
    '« Tout va bien », Miller a déclaré, ajoutant que Blinken avait dit à Qin que Washington « défendra ses intérêts ».', [MILLER2, BLINKEN],
    [['Tout va bien', 'matthew-miller'], ['défendra ses intérêts', 'matthew-miller']]],
  ['selon la même source refers back', 'fr',
    'M. Blinken a rappelé l\'importance de « la paix », selon M. Miller. Il a aussi évoqué « le soutien à la Russie », selon la même source.', [BLINKEN, MILLER2],
    [['la paix', 'matthew-miller'], ['le soutien à la Russie', 'matthew-miller']]],
  ['closing reporting clause credits the whole sentence', 'fr',
    'Il l\'a mis en garde contre les « implications et les conséquences » pour la Chine si elle apportait un « soutien matériel » à la Russie, a indiqué le porte-parole, Ned Price.',
    [['Ned Price', 'person', 'ned-price']], [['implications et les conséquences', 'ned-price'], ['soutien matériel', 'ned-price']]],
  ['English: said X after the quote', 'en',
    '“They agreed to schedule a reciprocal visit,” said State Department spokesman Matthew Miller.', [MILLER],
    [['They agreed to schedule a reciprocal visit', 'matthew-miller']]],
  ['English: X said, then he said', 'en',
    '“It is absolutely vital that we talk,” Blinken said. “This is something we will keep working on,” he added.', [BLINKEN],
    [['It is absolutely vital that we talk', 'antony-blinken'], ['This is something we will keep working on', 'antony-blinken']]],
  ['English: according to, told reporters, the spokesperson', 'en',
    'Talks were “candid and constructive,” according to spokesperson Matthew Miller. Blinken stressed “the importance of diplomacy,” added the spokesperson.',
    [MILLER, BLINKEN], [['candid and constructive', 'matthew-miller'], ['the importance of diplomacy', 'matthew-miller']]],
  ['English: organisation said, initialism', 'en',
    'The U.S. described the talks as “candid, substantive, and constructive.” The White House told reporters it was “a good meeting”.',
    [['White House', 'org', 'white-house']], [['candid, substantive, and constructive', 'u-s'], ['a good meeting', 'white-house']]],
  ['English: X told reporters before a colon', 'en',
    'A senior official told reporters: “We made progress on several fronts.”', [], [['We made progress on several fronts', 'senior-official']]],
];

for (const [name, lang, text, names, expected] of SPEAKERS) {
  test(`speaker: ${name}`, () => {
    const got = direct(text, lang, names).map((q) => [q.text, q.speaker]);
    assert.equal(got, expected);
  });
}

test('evidence span covers the marks; text has none, whitespace normalised', () => {
  const [q] = direct('Il a parlé d\'un échange « franc\t et   direct ».', 'fr');
  assert.is(q!.span, '« franc\t et   direct »');
  assert.is(q!.text, 'franc et direct');
  assert.is(q!.lang, 'fr');
});

test('every mark style: « », “ ”, " ", ‘ ’, „ “', () => {
  for (const [text, want] of [
    ['Il a dit « bonjour tout le monde ».', 'bonjour tout le monde'],
    ['He said “hello to all” today.', 'hello to all'],
    ['Il a dit "bonjour tout le monde" hier.', 'bonjour tout le monde'],
    ['He said ‘hello to all’ today.', 'hello to all'],
    ['Er sagte „hallo an alle“ heute.', 'hallo an alle'],
  ] as const) {
    assert.equal(direct(text, text.startsWith('Il') ? 'fr' : 'en').map((q) => q.text), [want], text);
  }
});

test('apostrophes inside words are not quote marks', () => {
  const got = direct('L’importance de l’échange n’est pas en cause, a-t-il dit. C\'est l\'avis d\'un diplomate.', 'fr');
  assert.equal(got, []);
  assert.equal(direct('He said ‘don’t stop the talks’ today.', 'en').map((q) => q.text), ['don’t stop the talks']);
});

test('nested quotes: the outer quote only', () => {
  const got = direct('« Il m\'a dit “jamais” et je l\'ai cru », a-t-il raconté.', 'fr');
  assert.equal(got.map((q) => q.text), ['Il m\'a dit “jamais” et je l\'ai cru']);
});

test('multi-sentence quote inside one paragraph', () => {
  const got = direct('« La sidération peut clouer les gens. Ce cyclone a ébranlé les esprits. » reconnaît le préfet.', 'fr');
  assert.is(got.length, 1);
  assert.is(got[0]!.text, 'La sidération peut clouer les gens. Ce cyclone a ébranlé les esprits');
  assert.is(got[0]!.speaker, 'prefet');
});

test('unclosed quote stops at the paragraph end with low confidence', () => {
  const got = direct('Il a déclaré : « Nous verrons bien ce qui se passe\nLe lendemain, rien.', 'fr');
  assert.is(got.length, 1);
  assert.is(got[0]!.text, 'Nous verrons bien ce qui se passe');
  assert.ok(got[0]!.confidence <= 0.3);
});

test('unbalanced straight quote in a paragraph yields nothing', () => {
  // 5" (inches) closes nothing and opens nothing; the last " never closes.
  assert.equal(direct('Le chiffre de 5" est faux et "mal compris.', 'fr'), []);
  assert.equal(direct('Un texte avec un " seul guillemet isolé', 'fr'), []);
});

test('short scare quotes: kept with low confidence, capitalised titles without a verb dropped', () => {
  const got = direct('Pékin veut que Washington cesse de « s’immiscer » à Taïwan. Il a lu « Le Monde » ce matin.', 'fr');
  assert.equal(got.map((q) => q.text), ['s’immiscer']);
  assert.ok(got[0]!.confidence <= 0.4);
  const withVerb = direct('Miller a qualifié l\'échange de « franc ».', 'fr', [MILLER2]);
  assert.ok(withVerb[0]!.confidence > 0.4);
});

test('entities carry the speaker key', () => {
  const [q] = direct('« Rien ne change », a déclaré Blinken.', 'fr', [BLINKEN]);
  assert.equal(q!.entities, ['antony-blinken']);
  const [n] = direct('On parle d\'un « dégel » prudent.', 'fr');
  assert.is(n!.entities, undefined);
});

test('paraphrase: a déclaré que, said (that), selon X', () => {
  const fr = quotes('Wang Yi a déclaré que les relations avaient été endommagées par la réaction américaine.', 'fr', [['Wang Yi', 'person', 'wang-yi']]);
  assert.equal(fr.map((q) => [q.text, q.speaker, q.paraphrase]), [['les relations avaient été endommagées par la réaction américaine', 'wang-yi', true]]);
  assert.ok(fr[0]!.confidence < 0.7);
  const en = quotes('Miller said Qin accepted the invitation to visit Washington. Blinken told reporters that the talks were useful.', 'en', [MILLER2, BLINKEN]);
  assert.equal(en.map((q) => [q.text, q.speaker]), [['Qin accepted the invitation to visit Washington', 'matthew-miller'], ['the talks were useful', 'antony-blinken']]);
  const selon = quotes('Selon un responsable américain, Blinken a rencontré Wang pendant trois heures. Les deux hommes ont parlé longtemps, selon la CGT.', 'fr');
  assert.equal(selon.map((q) => [q.text, q.speaker]), [['Blinken a rencontré Wang pendant trois heures', 'responsable-americain'], ['Les deux hommes ont parlé longtemps', 'cgt']]);
});

test('paraphrase holding a direct quote is left to the quote', () => {
  const got = quotes('Blinken a indiqué qu\'il s\'agirait « principalement d\'armes ».', 'fr', [BLINKEN]);
  assert.equal(got.map((q) => [q.text, q.paraphrase, q.speaker]), [["principalement d'armes", false, 'antony-blinken']]);
});

test('adversarial: 100,000 quote marks, unbalanced quotes and runs of « « « finish', () => {
  const parts: string[] = [];
  for (let i = 0; i < 12500; i++) parts.push('« « « a » "b ” ‘c « d » e’ “ f " ');
  const text = parts.join('') + 'a déclaré X, selon Y. ' + '«'.repeat(20000) + '»'.repeat(20000);
  assert.ok(text.length >= 200_000);
  const ctx = makeCtx(text, 'fr');
  const got = extractQuotes(ctx);
  assert.ok(Array.isArray(got));
  assert.ok(scanQuotes(text).length > 0);
});

test.run();
