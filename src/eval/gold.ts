// The gold format of ../shared/eval (see its README) and how a claim or a finding covers a gold value.
export interface GoldValue {
  file: string;
  text: string;
  normalized?: string;
}
export interface GoldItem {
  id: string;
  kind: string;
  subject: string;
  values: GoldValue[];
  severity: string;
  why?: string;
}
export interface Gold {
  event: string;
  discrepancies: GoldItem[];
  agreements: GoldItem[];
  traps: GoldItem[];
}
export interface MetaEntry {
  file: string;
  url?: string | null;
  outlet?: string | null;
  language?: string | null;
  published?: string | null;
}

/** Gold kinds → the claim kinds that can carry them. */
export const CLAIM_KINDS_FOR: Record<string, string[]> = {
  duration: ['duration'],
  count: ['count', 'money'],
  date: ['date'],
  quote: ['quote'],
  role: ['role'],
  place: ['place'],
  'first-since': ['first-since'],
  participants: ['meeting', 'invitation'],
};

/** Where a gold value sits in its file (first occurrence), or null when the text is not there. */
export function locate(original: string, v: GoldValue): { start: number; end: number } | null {
  const i = original.indexOf(v.text);
  return i < 0 ? null : { start: i, end: i + v.text.length };
}

export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
