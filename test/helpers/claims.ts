// Builders for hand-made claims and documents, so that kind tests read as tables.
import type { Claim, ClaimKind, ClaimValue, Interval, SourceDoc } from '../../src/types.ts';

export function doc(id: string, original: string, extra: Partial<SourceDoc> = {}): SourceDoc {
  return {
    id,
    path: id,
    title: null,
    outlet: null,
    url: null,
    lang: 'fr',
    langSource: 'metadata',
    published: { value: null, source: null },
    original,
    text: original,
    offsets: null,
    removed: [],
    ...extra,
  };
}

export interface ClaimSpec {
  doc: string;
  kind?: ClaimKind;
  text: string;
  value: ClaimValue;
  event?: string | null;
  strict?: Interval;
  pragmatic?: Interval;
  hedge?: string;
  who?: string;
  entities?: string[];
}

/**
 * Makes a claim whose evidence is `text`, and the document it sits in (the text itself), so that the engine's
 * evidence checks hold.
 */
export function claim(spec: ClaimSpec): Claim {
  return {
    id: `${spec.doc}#${spec.kind ?? 'duration'}@0-${spec.text.length}`,
    kind: spec.kind ?? 'duration',
    doc: spec.doc,
    evidence: { source: spec.doc, start: 0, end: spec.text.length, text: spec.text, sentence: spec.text },
    subject: { entities: spec.entities ?? [], event: spec.event === undefined ? 'meeting:a+b:2023-06-18:x' : spec.event },
    value: spec.value,
    hedge: spec.hedge ? { text: spec.hedge, kind: spec.hedge } : null,
    interval: spec.strict ? { strict: spec.strict, pragmatic: spec.pragmatic ?? spec.strict } : null,
    attribution: spec.who ? { text: `selon ${spec.who}`, who: spec.who, entity: spec.who } : null,
    confidence: 0.9,
  };
}

/**
 * Lays the claims of each document end to end in one text, and re-points their evidence into it, so that the
 * engine's evidence checks hold when a document states several values.
 */
export function placeClaims(claims: Claim[]): { claims: Claim[]; docs: SourceDoc[] } {
  const texts = new Map<string, string>();
  const placed = claims.map((c) => {
    const before = texts.get(c.doc);
    const start = before === undefined ? 0 : before.length + 1;
    const text = before === undefined ? c.evidence.text : `${before}\n${c.evidence.text}`;
    texts.set(c.doc, text);
    const end = start + c.evidence.text.length;
    return { ...c, id: `${c.doc}#${c.kind}@${start}-${end}`, evidence: { ...c.evidence, start, end } };
  });
  return { claims: placed, docs: [...texts].map(([id, text]) => doc(id, text)) };
}

export const H = 3600;
