// Cleaning: every removal reason, French and English, with inputs written for these tests (not the seeds'
// wording), plus lines that look close to noise but are article text and must stay.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ingestText } from '../../src/ingest/index.ts';
import type { RemovedReason } from '../../src/types.ts';
import { assertInvariants, visible } from './helpers.ts';

const FR_BODY = 'Le conseil municipal a voté mardi soir un budget de 40 millions d’euros pour la rénovation des écoles de la ville.';
const FR_BODY2 = 'Selon la maire, les travaux commenceront en septembre et dureront deux ans, malgré les critiques de l’opposition.';
const EN_BODY = 'The city council approved a budget of 40 million dollars on Tuesday night to renovate the schools of the city.';
const EN_BODY2 = 'According to the mayor, the work will start in September and last two years, despite criticism from the opposition.';

interface Case {
  name: string;
  lines: string[];
  /** Lines (exact) that must be removed, with the reason. */
  removed: [string, RemovedReason][];
}

const CASES: Case[] = [
  { name: 'fr menu lines', lines: ['Accueil', 'Menu', 'Titre du budget municipal', FR_BODY, 'Partager', 'S’abonner', FR_BODY2], removed: [['Accueil', 'navigation'], ['Menu', 'navigation'], ['Partager', 'navigation'], ['S’abonner', 'navigation']] },
  { name: 'en menu lines', lines: ['Search', 'Home', 'City budget approved', EN_BODY, 'Share', 'Advertisement', EN_BODY2, 'Read more'], removed: [['Search', 'navigation'], ['Home', 'navigation'], ['Share', 'navigation'], ['Advertisement', 'navigation'], ['Read more', 'navigation']] },
  { name: 'section label and byline with reading time', lines: ['Dernières actualités - Société', 'Un budget pour les écoles', 'Texte par : Radio Exemple Suivre 4 mn', FR_BODY, FR_BODY2], removed: [['Dernières actualités - Société', 'navigation'], ['Texte par : Radio Exemple Suivre 4 mn', 'navigation']] },
  { name: 'en byline with reading time and cookie banner', lines: ['Schools budget', 'By Jane Doe 5 min read', EN_BODY, 'We use cookies to improve your experience on our site.', EN_BODY2], removed: [['By Jane Doe 5 min read', 'navigation'], ['We use cookies to improve your experience on our site.', 'boilerplate']] },
  { name: 'repeated title', lines: ['Un budget pour les écoles', 'Un budget pour les écoles', FR_BODY, FR_BODY2], removed: [['Un budget pour les écoles', 'repeated-title']] },
  { name: 'repeated paragraph, then truncated teaser (…)', lines: ['Un budget pour les écoles', FR_BODY, FR_BODY2, FR_BODY, 'Selon la maire, les travaux commenceront en septembre…'], removed: [[FR_BODY, 'repeated-paragraph'], ['Selon la maire, les travaux commenceront en septembre…', 'truncated-repeat']] },
  { name: 'en truncated teaser with three dots', lines: ['Schools budget', EN_BODY, EN_BODY2, 'The city council approved a budget of 40 million...'], removed: [['The city council approved a budget of 40 million...', 'truncated-repeat']] },
  { name: 'caption starting with a credit', lines: ['Un budget pour les écoles', FR_BODY, 'MARIE DUPONT / HANS LUCAS / AFP La maire lors du conseil municipal, le 3 mars 2024.', FR_BODY2], removed: [['MARIE DUPONT / HANS LUCAS / AFP La maire lors du conseil municipal, le 3 mars 2024.', 'caption']] },
  { name: 'caption ending with a credit', lines: ['Un budget pour les écoles', FR_BODY, 'La maire devant l’école Jules-Ferry, le 3 mars 2024. Photo AFP/PAUL MARTIN', FR_BODY2, 'Des parents devant une école, mardi. © Reuters - John Smith'], removed: [['La maire devant l’école Jules-Ferry, le 3 mars 2024. Photo AFP/PAUL MARTIN', 'caption'], ['Des parents devant une école, mardi. © Reuters - John Smith', 'caption']] },
  { name: 'en captions with parenthesised and dashed credits, and a credit-only line', lines: ['Schools budget', 'The mayor speaks at city hall on March 3, 2024. (John Smith/Pool Photo via AP)', EN_BODY, 'Parents wait outside a school, March 3. — Reuters', 'JOHN SMITH / EPA', EN_BODY2], removed: [['The mayor speaks at city hall on March 3, 2024. (John Smith/Pool Photo via AP)', 'caption'], ['Parents wait outside a school, March 3. — Reuters', 'caption'], ['JOHN SMITH / EPA', 'credit']] },
  { name: 'related links fr', lines: ['Un budget pour les écoles', FR_BODY, 'LIRE | Les écoles manquent de professeurs', 'À lire aussi : la rentrée en chiffres', 'Lire aussi Les cantines bio progressent', FR_BODY2], removed: [['LIRE | Les écoles manquent de professeurs', 'related-link'], ['À lire aussi : la rentrée en chiffres', 'related-link'], ['Lire aussi Les cantines bio progressent', 'related-link']] },
  { name: 'related links en', lines: ['Schools budget', EN_BODY, 'RELATED: Teachers strike in three states', 'Read also: The cost of new schools', 'See also Why budgets grow', EN_BODY2], removed: [['RELATED: Teachers strike in three states', 'related-link'], ['Read also: The cost of new schools', 'related-link'], ['See also Why budgets grow', 'related-link']] },
  { name: 'stray English instruction at the top of a French article', lines: ['Write this article in a neutral tone, add subheadings and use at least 500 words', 'Un budget pour les écoles', FR_BODY, FR_BODY2], removed: [['Write this article in a neutral tone, add subheadings and use at least 500 words', 'stray-instruction']] },
  { name: 'stray French prompt in an English article', lines: ['Schools budget', EN_BODY, 'Réécris ce texte avec un ton plus neutre et des intertitres', EN_BODY2], removed: [['Réécris ce texte avec un ton plus neutre et des intertitres', 'stray-instruction']] },
  { name: 'other-language line at the very end', lines: ['Un budget pour les écoles', FR_BODY, FR_BODY2, 'This is a developing story and it will be updated with more details.'], removed: [['This is a developing story and it will be updated with more details.', 'stray-instruction']] },
  { name: 'CMS shortcode and sign-up box', lines: ['Schools budget', EN_BODY, '[members_only level="2"]Please register to read the full post.', 'Sign up for our newsletter to get the latest news by email.', EN_BODY2], removed: [['[members_only level="2"]Please register to read the full post.', 'boilerplate'], ['Sign up for our newsletter to get the latest news by email.', 'boilerplate']] },
];

for (const c of CASES) {
  test(`clean: ${c.name}`, () => {
    const src = c.lines.join('\n\n') + '\n';
    const doc = ingestText('case.txt', src);
    const got = doc.removed.map((r) => [r.text, r.reason]);
    assert.equal(got, c.removed);
    assertInvariants(doc);
    // Every line that was not removed is still in the text, unchanged.
    const gone = new Set(c.removed.map(([t]) => t));
    for (const line of c.lines) if (!gone.has(line)) assert.ok(doc.text.includes(line), `kept: ${line}`);
  });
}

// Lines close to noise that are article text.
const KEEP: [string, string[]][] = [
  ['an English quote inside a French article', ['Un budget pour les écoles', FR_BODY, '« We will make this city better for the children », a déclaré le ministre américain.', '"Make this budget work for the kids," said the mayor.', FR_BODY2]],
  ['a wire dateline "(Reuters)" and "selon l’AFP"', ['Un budget pour les écoles', 'PARIS (Reuters) - ' + FR_BODY, 'Le bilan est de 14 morts, selon l’AFP et Reuters.', FR_BODY2]],
  ['short subheadings and a one-word section title', ['Un budget pour les écoles', FR_BODY, 'Des travaux dès septembre', FR_BODY2, 'Mobilisation', FR_BODY + ' Encore.']],
  ['a sentence starting with "Lire" and "Search"', ['Schools budget', EN_BODY, 'Search teams found the missing children on Tuesday, police said.', 'Share prices rose 4% after the announcement.', EN_BODY2]],
  ['a short line repeated (not a paragraph)', ['Un budget pour les écoles', 'Le vote', FR_BODY, 'Le vote', FR_BODY2]],
  ['an ellipsis that repeats nothing', ['Un budget pour les écoles', FR_BODY, 'Et la suite de l’histoire reste à écrire...']],
];
for (const [name, lines] of KEEP) {
  test(`clean keeps: ${name}`, () => {
    const doc = ingestText('keep.txt', lines.join('\n\n'));
    assert.equal(doc.removed, [], JSON.stringify(doc.removed));
  });
}

test('clean: a trailing "Lire l’article" link on a bullet is cut, the bullet stays', () => {
  const doc = ingestText('bullets.txt', ['L’ESSENTIEL', '- Le cyclone a fait au moins trois morts. Lire l’article', '- Les secours arrivent. Lire la brève.', FR_BODY].join('\n'));
  assert.equal(doc.removed.map((r) => [r.text, r.reason]), [['Lire l’article', 'navigation'], ['Lire la brève.', 'navigation']]);
  assert.ok(visible(doc).includes('- Le cyclone a fait au moins trois morts. - Les secours arrivent.'));
  assertInvariants(doc);
});

test('clean: an inline photo credit inside a long paragraph is cut alone', () => {
  const long = `${EN_BODY} ${EN_BODY2} The mayor shakes hands with teachers. (Ann Lee/Pool Photo via AP) ${EN_BODY2} ${EN_BODY}`;
  const doc = ingestText('inline.txt', long);
  assert.equal(doc.removed.map((r) => [r.text, r.reason]), [['(Ann Lee/Pool Photo via AP)', 'credit']]);
});

test('clean: a BOM is masked and listed, offsets stay file offsets', () => {
  const doc = ingestText('bom.txt', `\ufeffUn budget pour les écoles\n\n${FR_BODY}`);
  assert.is(doc.text[0], ' ');
  assert.is(doc.text.length, doc.original.length);
  assert.is(doc.removed[0]!.reason, 'markup');
  assert.is(doc.title, 'Un budget pour les écoles');
  assertInvariants(doc);
});

test('html: cleaned lines are left out of text and mapped to original offsets', () => {
  const html = `<body><p>Rechercher</p><h1>Un budget pour les écoles</h1><h2>Un budget pour les écoles</h2><p>${FR_BODY}</p><p>À lire aussi : la rentrée</p><p>${FR_BODY2}</p></body>`;
  const doc = ingestText('page.html', html);
  assert.equal(doc.removed.map((r) => r.reason), ['navigation', 'repeated-title', 'related-link']);
  assert.is(doc.text, `Un budget pour les écoles\n\n${FR_BODY}\n\n${FR_BODY2}`);
  assertInvariants(doc);
});

test.run();
