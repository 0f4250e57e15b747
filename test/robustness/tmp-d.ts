import { align } from '../../src/align/index.ts';
import { analyse } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
for (const t of ["He arrived at 3 pm.", "Il est arrivé à 15h30.", "Il est arrivé à am.", "He came at one am.", "Le 19 juin 2023 à 15h."]) {
const doc = ingestText('a.txt', t);
const { claims } = align([analyse(doc)]);
for (const c of claims) if (c.kind === 'date') console.log(t, JSON.stringify(c.value), c.evidence.text);
}
