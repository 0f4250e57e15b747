// Finding messages in French: rendered from messageId + data, with recoupe's own label words translated.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { localLabel, localMessage } from '../../src/report/messages.ts';
import type { Finding } from '../../src/types.ts';

const finding = (over: Partial<Finding> = {}): Finding => ({
  id: 'duration-mismatch:0123456789abcdef',
  rule: 'duration-mismatch',
  kind: 'interval',
  verdict: 'contradiction',
  level: 'error',
  messageId: 'contradiction',
  data: { label: 'duration — meeting of Antony Blinken, Qin Gang, Sunday, Pékin', count: 3, values: '7 h 30 [a.txt]; près de 6 h [b.txt]' },
  message: 'duration — meeting of Antony Blinken, Qin Gang, Sunday, Pékin: 3 sources give incompatible values (7 h 30 [a.txt]; près de 6 h [b.txt]).',
  subject: { event: 'e', label: 'duration — meeting of Antony Blinken, Qin Gang, Sunday, Pékin', claimKind: 'duration' },
  values: [],
  evidence: [],
  ...over,
});

test('labels: recoupe words translated, names and values kept', () => {
  assert.is(localLabel('duration — meeting of Antony Blinken, Qin Gang, Sunday, Pékin', 'fr'), 'durée — rencontre de Antony Blinken, Qin Gang, dimanche, Pékin');
  assert.is(localLabel('count of dead in mayotte — cyclone, 2024-12-14', 'fr'), 'nombre de morts à mayotte — cyclone, 2024-12-14');
  assert.is(localLabel('duration — meeting of Antony Blinken', 'en'), 'duration — meeting of Antony Blinken');
});

test('messages: French template from the same data; English unchanged; unknown ids fall back', () => {
  assert.is(localMessage(finding(), 'fr'), 'durée — rencontre de Antony Blinken, Qin Gang, dimanche, Pékin : 3 sources donnent des valeurs incompatibles (7 h 30 [a.txt]; près de 6 h [b.txt]).');
  assert.is(localMessage(finding(), 'en'), finding().message);
  assert.is(localMessage(finding({ messageId: 'somethingNew' }), 'fr'), finding().message);
});

test.run();
