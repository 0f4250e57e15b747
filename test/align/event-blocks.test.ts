// Event clustering with date and place blocks must give exactly the clusters of scanning every candidate.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { clusterEvents, type LocalEvent } from '../../src/align/events.ts';

const people = ['antony-blinken', 'wang-yi', 'qin-gang', 'xi-jinping'];
const days = ['2023-06-17', '2023-06-18', '2023-06-19', '2023-06-21', '2023-06', '2023-07-02'];
const mention = fc.record({
  doc: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  pos: fc.nat({ max: 500 }),
  type: fc.constantFrom('meeting', 'talks', 'visit', 'call', 'cyclone', 'protest'),
  participants: fc.subarray(people).map((p) => [...p].sort()),
  iso: fc.option(fc.constantFrom(...days)),
  weekday: fc.option(fc.constantFrom('0', '1', '2')),
  whenText: fc.option(fc.constantFrom('dimanche', 'le 18 juin', 'lundi')),
  place: fc.option(fc.constantFrom('beijing', 'munich')),
  softPlace: fc.option(fc.constantFrom('beijing', 'munich')),
});

test('date and place blocks find the candidates a full scan finds', () => {
  fc.assert(
    fc.property(fc.array(mention, { maxLength: 40 }), (ms) => {
      const make = (): LocalEvent[] =>
        ms.map((m, i) => ({
          doc: m.doc,
          docIndex: m.doc.charCodeAt(0),
          sentence: Math.floor(m.pos / 50),
          paragraph: Math.floor(m.pos / 150),
          pos: m.pos + i * 1000,
          type: m.type,
          participants: m.participants,
          when: m.iso || m.weekday ? { iso: m.iso, weekday: m.weekday, granularity: m.iso && m.iso.length === 7 ? 'month' : 'day' } : null,
          whenText: m.whenText,
          whenStart: m.iso ? m.pos : null,
          place: m.place,
          softPlace: m.softPlace ?? m.place,
          cluster: -1,
        }));
      const blocked = make();
      const scanned = make();
      clusterEvents(blocked);
      clusterEvents(scanned, { blocks: false });
      assert.equal(blocked.map((e) => e.cluster), scanned.map((e) => e.cluster));
    }),
    { seed: 42, numRuns: 2000 },
  );
});

test.run();
