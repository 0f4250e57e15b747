// Invitations: who invited whom to go where, in French and English, with the inviter as a name or a title only.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitSentences } from '../../src/extract/sentences.ts';
import { findMentions } from '../../src/extract/entities.ts';
import { extractInvitations } from '../../src/extract/invitation.ts';
import type { ExtractContext } from '../../src/extract/context.ts';
import type { InvitationValue, Lang } from '../../src/types.ts';

function ctx(text: string, lang: Lang): ExtractContext {
  const doc = {
    id: 't', path: 't', title: null, outlet: null, url: null, lang, langSource: 'metadata' as const,
    published: { value: '2024-05-02', source: 'metadata' as const }, original: text, text, offsets: null, removed: [],
  };
  const base = { doc, text, sentences: splitSentences(text) };
  return { ...base, mentions: findMentions(base) };
}
const invitations = (text: string, lang: Lang) => extractInvitations(ctx(text, lang)).map((d) => ({ ...(d.value as InvitationValue), evidence: text.slice(d.start, d.end) }));

// [sentence, lang, inviter (key or null), inviter title, invitees, destination]
const CASES: [string, Lang, string | null, string | null, string[], string][] = [
  ['Olaf Scholz invited Giorgia Meloni to visit Berlin next month.', 'en', 'olaf-scholz', null, ['giorgia-meloni'], 'berlin'],
  ['Giorgia Meloni accepted Olaf Scholz’s invitation to visit Berlin.', 'en', 'olaf-scholz', null, ['giorgia-meloni'], 'berlin'],
  ["Giorgia Meloni a accepté l'invitation d'Olaf Scholz à se rendre à Berlin.", 'fr', 'olaf-scholz', null, ['giorgia-meloni'], 'berlin'],
  ['Emmanuel Macron a invité Joe Biden à se rendre à Paris en juin.', 'fr', 'emmanuel-macron', null, ['joe-biden'], 'paris'],
  ['The Foreign Minister invited them to visit Washington later.', 'en', null, 'foreign-minister', [], 'washington'],
];

for (const [sentence, lang, inviter, title, invitees, destination] of CASES) {
  test(`${lang}: ${sentence}`, () => {
    const [v, ...rest] = invitations(sentence, lang);
    assert.ok(v, 'no invitation');
    assert.is(rest.length, 0);
    assert.is(v!.inviter, inviter);
    assert.is(v!.inviterTitle, title);
    assert.equal(v!.invitees, invitees);
    assert.is(v!.destination, destination);
  });
}

const NONE: [string, Lang][] = [
  // No destination: nothing to compare the invitation by.
  ['The head of US diplomacy invited Foreign Minister Qin Gang and they agreed to meet again.', 'en'],
  // No inviter.
  ['China’s foreign minister accepted the invitation to visit Washington.', 'en'],
  ['Le public est invité à se rendre au stade.', 'fr'],
  ['Elle a accepté un poste à Paris.', 'fr'],
];
for (const [sentence, lang] of NONE) test(`no invitation: ${sentence}`, () => assert.equal(invitations(sentence, lang), []));

test.run();
