// Hand-built reports for the formatter tests, following src/types.ts exactly.
// Offsets are computed from the texts (never typed by hand), so evidence always matches `original`.
import type {
  Claim,
  ClaimKind,
  ClaimValue,
  DocumentSummary,
  Evidence,
  Finding,
  FindingValue,
  Lang,
  Removed,
  Report,
  Verdict,
} from '../../src/types.ts';

export interface Fixture {
  report: Report;
  /** Document id → original text. */
  sources: Map<string, string>;
}

/** Evidence for the n-th occurrence (0-based) of `needle` in `text`. */
export function evidenceOf(source: string, text: string, needle: string, nth = 0): Evidence {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" not found in ${source}`);
  }
  return { source, start: at, end: at + needle.length, text: needle };
}

function removedOf(text: string, needle: string, reason: Removed['reason']): Removed {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: removed "${needle}" not found`);
  return { reason, start, end: start + needle.length, text: needle };
}

function doc(
  id: string,
  original: string,
  meta: { title: string | null; outlet: string | null; url: string | null; lang: Lang; date: string | null },
  removed: Removed[] = [],
  cleanText?: string,
): DocumentSummary {
  return {
    id,
    path: id,
    title: meta.title,
    outlet: meta.outlet,
    url: meta.url,
    lang: meta.lang,
    langSource: 'metadata',
    published: { value: meta.date, source: meta.date ? 'metadata' : null },
    length: original.length,
    removed,
    ...(cleanText === undefined ? {} : { cleanText }),
  };
}

/** The sentence of `text` that holds `ev`: ends at a line break, or at . ! ? followed by a space and a capital. */
function sentenceOf(text: string, ev: Evidence): string {
  const isEnd = (i: number) => /[.!?]/.test(text[i]!) && /\s/.test(text[i + 1] ?? ' ') && /[A-ZÀ-Ý«"]/.test(text[i + 2] ?? 'A');
  let s = ev.start;
  while (s > 0 && text[s - 1] !== '\n' && !isEnd(s - 1)) s--;
  let e = ev.end;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r' && !isEnd(e)) e++;
  if (e < text.length && isEnd(e)) e++;
  return text.slice(s, e).trim();
}

function claim(id: string, kind: ClaimKind, text: string, ev: Evidence, value: ClaimValue, event: string | null): Claim {
  return {
    id,
    kind,
    doc: ev.source,
    evidence: { ...ev, sentence: sentenceOf(text, ev) },
    subject: { entities: [], event },
    value,
    hedge: null,
    interval: null,
    attribution: null,
    confidence: 0.9,
  };
}

function summarise(report: Omit<Report, 'summary'>): Report {
  const byVerdict: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  for (const f of report.findings) {
    byVerdict[f.verdict] = (byVerdict[f.verdict] ?? 0) + 1;
    byKind[f.subject.claimKind] = (byKind[f.subject.claimKind] ?? 0) + 1;
  }
  return {
    ...report,
    summary: {
      documents: report.documents.length,
      claims: report.claims?.length ?? 0,
      events: report.events.length,
      findings: report.findings.length,
      byVerdict,
      byKind,
    },
  };
}

const TOOL = { name: 'recoupe' as const, version: '0.1.0' };

// ------------------------------------------------------------------ the main fixture

const LEMONDE = [
  'Accueil > International > Asie',
  'Antony Blinken à Pékin : des discussions « franches » avec Qin Gang',
  'Le secrétaire d’État américain a rencontré dimanche son homologue chinois pendant sept heures et demie, selon le département d’État.',
  '« Nous avons eu des échanges francs et constructifs sur tous les sujets », a déclaré M. Blinken à la presse.',
  'Photo : Leah Millis / AFP',
  '',
].join('\n');

const REUTERS = [
  'U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday.',
  'The talks lasted more than five hours, a U.S. official said.',
  '"We had candid, substantive and constructive talks on all issues," Blinken told reporters.',
  '',
].join('\r\n');

const AFP = [
  'PEKIN (AFP) - Antony Blinken et Qin Gang ont discuté près de six heures dimanche à Pékin.',
  '« Nous avons eu des échanges francs, approfondis et constructifs sur presque tous les sujets », a dit M. Blinken.',
  'Les deux responsables ont évoqué Taïwan et le commerce.',
  '',
].join('\n');

const LIBERATION = [
  'Antony Blinken et Qin Gang ont discuté près de six heures dimanche à Pékin, rapporte l’AFP.',
  '',
].join('\n');

const EVENT = 'meeting:antony-blinken+qin-gang:2023-06-18';

function value(id: string, claimId: string, display: string, ev: Evidence, attribution?: string): FindingValue {
  return { source: id, claim: claimId, display, evidence: ev, ...(attribution ? { attribution } : {}) };
}

export function mainFixture(): Fixture {
  const sources = new Map<string, string>([
    ['sources/lemonde.txt', LEMONDE],
    ['sources/reuters.txt', REUTERS],
    ['sources/afp.txt', AFP],
    ['sources/liberation.txt', LIBERATION],
  ]);
  const evLm = evidenceOf('sources/lemonde.txt', LEMONDE, 'sept heures et demie');
  const evRt = evidenceOf('sources/reuters.txt', REUTERS, 'more than five hours');
  const evAfp = evidenceOf('sources/afp.txt', AFP, 'près de six heures');
  const evLib = evidenceOf('sources/liberation.txt', LIBERATION, 'près de six heures');
  const qLm = evidenceOf('sources/lemonde.txt', LEMONDE, 'Nous avons eu des échanges francs et constructifs sur tous les sujets');
  const qRt = evidenceOf('sources/reuters.txt', REUTERS, 'We had candid, substantive and constructive talks on all issues');
  const qAfp = evidenceOf('sources/afp.txt', AFP, 'Nous avons eu des échanges francs, approfondis et constructifs sur presque tous les sujets');
  const dLm = evidenceOf('sources/lemonde.txt', LEMONDE, 'dimanche');
  const dRt = evidenceOf('sources/reuters.txt', REUTERS, 'on Sunday');
  const dur = (amount: number, written: string): ClaimValue => ({ amount, unit: 'second', written });
  const claims: Claim[] = [
    claim('c-lm-dur', 'duration', LEMONDE, evLm, dur(27000, 'hour'), EVENT),
    claim('c-rt-dur', 'duration', REUTERS, evRt, dur(18000, 'hour'), EVENT),
    claim('c-afp-dur', 'duration', AFP, evAfp, dur(21600, 'hour'), EVENT),
    claim('c-lib-dur', 'duration', LIBERATION, evLib, dur(21600, 'hour'), EVENT),
    claim('c-lm-quote', 'quote', LEMONDE, qLm, { text: qLm.text, speaker: 'antony-blinken', speakerText: 'M. Blinken', paraphrase: false, lang: 'fr' }, EVENT),
    claim('c-rt-quote', 'quote', REUTERS, qRt, { text: qRt.text, speaker: 'antony-blinken', speakerText: 'Blinken', paraphrase: false, lang: 'en' }, EVENT),
    claim('c-afp-quote', 'quote', AFP, qAfp, { text: qAfp.text, speaker: 'antony-blinken', speakerText: 'M. Blinken', paraphrase: false, lang: 'fr' }, EVENT),
    claim('c-lm-date', 'date', LEMONDE, dLm, { iso: '2023-06-18', granularity: 'day', weekday: 'dimanche', relative: true }, EVENT),
    claim('c-rt-date', 'date', REUTERS, dRt, { iso: '2023-06-18', granularity: 'day', weekday: 'sunday', relative: true }, EVENT),
  ];
  claims[0]!.attribution = { text: 'selon le département d’État', who: 'le département d’État', entity: 'us-state-department' };
  const durationValues = [
    value('sources/lemonde.txt', 'c-lm-dur', '7.5 h', evLm, 'selon le département d’État'),
    value('sources/reuters.txt', 'c-rt-dur', '> 5 h', evRt, 'a U.S. official'),
    value('sources/afp.txt', 'c-afp-dur', '≈ 6 h', evAfp),
  ];
  const findings: Finding[] = [
    {
      id: 'f-duration-1',
      rule: 'duration-mismatch',
      kind: 'interval',
      verdict: 'contradiction',
      level: 'error',
      messageId: 'disjoint',
      data: { a: '7.5 h', b: '≈ 6 h' },
      message: 'Les sources donnent des durées incompatibles pour la rencontre : 7.5 h contre ≈ 6 h.',
      subject: { event: EVENT, label: 'Durée de la rencontre Blinken–Qin', claimKind: 'duration' },
      values: durationValues,
      evidence: durationValues.map((v) => v.evidence),
      pairs: [
        { a: 'sources/lemonde.txt', b: 'sources/reuters.txt', verdict: 'corroboration' },
        { a: 'sources/lemonde.txt', b: 'sources/afp.txt', verdict: 'contradiction' },
        { a: 'sources/reuters.txt', b: 'sources/afp.txt', verdict: 'corroboration' },
      ],
      copyGroups: [['sources/afp.txt', 'sources/liberation.txt']],
    },
    {
      id: 'f-quote-1',
      rule: 'quote-wording',
      kind: 'quote',
      verdict: 'divergence',
      level: 'warning',
      messageId: 'wording',
      data: { speaker: 'Antony Blinken' },
      message: 'La citation de Antony Blinken diffère d’une source à l’autre.',
      subject: { event: EVENT, label: 'Citation de Antony Blinken', claimKind: 'quote' },
      values: [
        value('sources/lemonde.txt', 'c-lm-quote', '« Nous avons eu des échanges francs… »', qLm),
        value('sources/afp.txt', 'c-afp-quote', '« Nous avons eu des échanges francs, approfondis… »', qAfp),
      ],
      evidence: [qLm, qAfp],
      pairs: [{ a: 'c-lm-quote', b: 'c-afp-quote', verdict: 'divergence' }],
    },
    {
      id: 'f-date-1',
      rule: 'date-mismatch',
      kind: 'date',
      verdict: 'corroboration',
      level: 'info',
      messageId: 'agree',
      data: { date: '2023-06-18' },
      message: 'Les sources s’accordent sur la date : 2023-06-18.',
      subject: { event: EVENT, label: 'Date de la rencontre', claimKind: 'date' },
      values: [
        value('sources/lemonde.txt', 'c-lm-date', '2023-06-18', dLm),
        value('sources/reuters.txt', 'c-rt-date', '2023-06-18', dRt),
      ],
      evidence: [dLm, dRt],
    },
  ];
  const documents = [
    doc(
      'sources/lemonde.txt',
      LEMONDE,
      { title: 'Antony Blinken à Pékin', outlet: 'Le Monde', url: 'https://www.lemonde.fr/international/article.html', lang: 'fr', date: '2023-06-19' },
      [removedOf(LEMONDE, 'Accueil > International > Asie', 'navigation'), removedOf(LEMONDE, 'Photo : Leah Millis / AFP', 'credit')],
    ),
    doc('sources/reuters.txt', REUTERS, { title: 'Blinken meets Qin in Beijing', outlet: 'Reuters', url: 'https://www.reuters.com/world/', lang: 'en', date: '2023-06-18' }),
    doc('sources/afp.txt', AFP, { title: 'Blinken et Qin à Pékin', outlet: 'AFP', url: null, lang: 'fr', date: '2023-06-18' }, [
      removedOf(AFP, 'PEKIN (AFP) - ', 'date-line'),
    ]),
    doc('sources/liberation.txt', LIBERATION, { title: null, outlet: 'Libération', url: 'http://www.liberation.fr/', lang: 'fr', date: '2023-06-18' }),
  ];
  const report = summarise({
    schemaVersion: '1.0.0',
    tool: TOOL,
    documents,
    problems: [{ code: 'E_SOURCE_EMPTY', file: 'sources/empty.txt', message: 'the file is empty' }],
    events: [
      {
        key: EVENT,
        label: 'Rencontre Antony Blinken – Qin Gang, Pékin, 18 juin 2023',
        type: 'meeting',
        participants: ['antony-blinken', 'qin-gang'],
        date: '2023-06-18',
        place: 'beijing',
        claims: claims.map((c) => c.id),
        sources: [...sources.keys()],
      },
    ],
    copyGroups: [['sources/afp.txt', 'sources/liberation.txt']],
    findings,
    claims,
  });
  return { report, sources };
}

/** The main fixture with a baseline: the contradiction is new, the others were there before. */
export function baselineFixture(): Fixture {
  const { report, sources } = mainFixture();
  report.baseline = { new: ['f-duration-1'], present: ['f-quote-1', 'f-date-1'], fixed: ['f-old-1'] };
  return { report, sources };
}

// ------------------------------------------------------------------ hostile input

export const XSS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  style: '</style><style>body{display:none}</style>',
  scriptEnd: '</script><script>window.__pwned=1</script>',
  js: 'javascript:alert(1)',
};

const HOSTILE = [
  `Titre ${XSS.script} et ${XSS.img}`,
  `La réunion a duré ${XSS.scriptEnd} trois heures ${XSS.style} selon <a href="${XSS.js}">ce lien</a>.`,
  `Un témoin affirme que la réunion a duré deux heures <!-- ${XSS.img} --> & plus.`,
  `Pipes | in | text * and _markdown_ [link](${XSS.js}) # heading \`code\``,
  '',
].join('\n');

export function hostileFixture(): Fixture {
  const id = `sources/${XSS.script}.txt`;
  const sources = new Map([[id, HOSTILE]]);
  const ev1 = evidenceOf(id, HOSTILE, `${XSS.scriptEnd} trois heures`);
  const ev2 = evidenceOf(id, HOSTILE, 'deux heures <!-- ');
  const c1 = claim(`c1-${XSS.img}`, 'duration', HOSTILE, ev1, { amount: 10800, unit: 'second', written: 'hour' }, XSS.script);
  const c2 = claim('c2', 'duration', HOSTILE, ev2, { amount: 7200, unit: 'second', written: 'hour' }, XSS.script);
  const values: FindingValue[] = [
    { source: id, claim: c1.id, display: `3 h ${XSS.script}`, evidence: ev1, attribution: XSS.img },
    { source: id, claim: c2.id, display: `2 h ${XSS.scriptEnd}`, evidence: ev2 },
  ];
  const finding: Finding = {
    id: `f-${XSS.script}`,
    rule: `rule-${XSS.img}`,
    kind: XSS.style,
    verdict: 'contradiction',
    level: 'error',
    messageId: 'disjoint',
    data: { a: XSS.script },
    message: `Durées ${XSS.script} ${XSS.img} ${XSS.scriptEnd}\nligne 2, avec: deux-points % pourcent\r`,
    subject: { event: XSS.script, label: `Label ${XSS.img}`, claimKind: 'duration' },
    values,
    evidence: values.map((v) => v.evidence),
    pairs: [{ a: id, b: XSS.script, verdict: 'contradiction' }],
    copyGroups: [[id, XSS.img]],
  };
  const quote: Finding = {
    ...finding,
    id: 'f-quote',
    verdict: 'divergence',
    level: 'warning',
    subject: { event: null, label: XSS.style, claimKind: 'quote' },
  };
  const report = summarise({
    schemaVersion: '1.0.0',
    tool: TOOL,
    documents: [
      doc(id, HOSTILE, { title: XSS.script, outlet: XSS.img, url: XSS.js, lang: 'fr', date: XSS.scriptEnd }, [
        removedOf(HOSTILE, `Titre ${XSS.script}`, 'repeated-title'),
      ]),
      doc('sources/other.txt', 'x', { title: XSS.style, outlet: null, url: `  ${XSS.js}`, lang: 'en', date: null }, [], `clean ${XSS.scriptEnd}`),
    ],
    problems: [{ code: 'E_SOURCE_READ', file: XSS.script, message: XSS.img }],
    events: [
      {
        key: XSS.script,
        label: `Event ${XSS.scriptEnd}`,
        type: XSS.img,
        participants: [XSS.script],
        date: XSS.style,
        place: XSS.js,
        claims: [c1.id, c2.id],
        sources: [id],
      },
    ],
    copyGroups: [[id, XSS.img]],
    findings: [finding, quote],
    claims: [c1, c2],
  });
  return { report, sources };
}

// ------------------------------------------------------------------ scale

const VERDICTS: Verdict[] = ['contradiction', 'divergence', 'corroboration', 'single-source', 'update', 'attributed'];
const KINDS: ClaimKind[] = ['duration', 'count', 'money', 'date', 'quote', 'place'];

/** `n` findings over 12 documents (3 values each, a quote every sixth), 40 events: the 5,000-finding scale test. */
export function largeFixture(n = 5000): Fixture {
  const sources = new Map<string, string>();
  const documents: DocumentSummary[] = [];
  for (let d = 0; d < 12; d++) {
    const id = `sources/article-${d}.txt`;
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) lines.push(`Paragraphe ${i} de l’article ${d} : la réunion a duré ${i % 9 + 1} heures, selon un témoin.`);
    const text = lines.join('\n');
    sources.set(id, text);
    documents.push(doc(id, text, { title: `Article ${d}`, outlet: `Journal ${d}`, url: `https://example.org/${d}`, lang: d % 3 ? 'fr' : 'en', date: '2023-06-18' }));
  }
  const ids = [...sources.keys()];
  const events = Array.from({ length: 40 }, (_, e) => ({
    key: `event-${e}`,
    label: `Événement ${e}`,
    type: 'meeting',
    participants: [],
    date: null,
    place: null,
    claims: [],
    sources: ids,
  }));
  const findings: Finding[] = [];
  for (let i = 0; i < n; i++) {
    const verdict = VERDICTS[i % VERDICTS.length]!;
    const kind = KINDS[i % KINDS.length]!;
    const values: FindingValue[] = [0, 1, 2].map((k) => {
      const source = ids[(i + k * 5) % ids.length]!;
      const text = sources.get(source)!;
      const ev = evidenceOf(source, text, `${(i + k) % 9 + 1} heures`, (i + k) % 40);
      return { source, claim: `claim-${i}-${k}`, display: `${(i + k) % 9 + 1} h`, evidence: ev };
    });
    findings.push({
      id: `f-${i}`,
      rule: `${kind}-rule`,
      kind,
      verdict,
      level: verdict === 'contradiction' ? 'error' : verdict === 'divergence' ? 'warning' : 'info',
      messageId: 'generated',
      data: { i },
      message: `Constat généré numéro ${i}.`,
      subject: { event: `event-${i % 40}`, label: `Sujet ${i}`, claimKind: kind },
      values,
      evidence: values.map((v) => v.evidence),
      pairs: [{ a: values[0]!.source, b: values[1]!.source, verdict }],
    });
  }
  const report = summarise({ schemaVersion: '1.0.0', tool: TOOL, documents, problems: [], events, copyGroups: [], findings });
  return { report, sources };
}
