// Human readings of claim values, used in findings ("plus de 5 h", "≥ 2,946 dead").
import type { Claim, CountValue, DateValue, DurationValue, FirstSinceValue, InvitationValue, MoneyValue, PlaceValue, QuoteValue, RoleValue } from '../types.ts';

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1e6 && Math.round(n / 1e4) * 1e4 === n) return `${trim(n / 1e6)} million`;
  const rounded = Math.round(n * 100) / 100;
  const [int, dec] = String(rounded).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return dec ? `${grouped}.${dec}` : grouped;
}

function trim(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** Seconds as "7 h 30", "35 min", "2 days". */
export function formatSeconds(s: number): string {
  if (s >= 86400 * 2 && s % 86400 === 0) return `${s / 86400} days`;
  if (s >= 3600) {
    const h = Math.floor(s / 3600);
    const m = Math.round((s - h * 3600) / 60);
    return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`;
  }
  if (s >= 60) return `${trim(s / 60)} min`;
  return `${trim(s)} s`;
}

/** The value as a reader would say it, hedge included. */
export function displayClaim(c: Claim): string {
  const hedge = c.hedge ? `${c.hedge.text} ` : '';
  switch (c.kind) {
    case 'duration':
      return hedge + formatSeconds((c.value as DurationValue).amount);
    case 'count': {
      const v = c.value as CountValue;
      // "entre 1,1 et 1,4 million": a stated range reads as its bounds, not as its midpoint.
      const [lo, hi] = c.interval?.strict ?? [null, null];
      // "des dizaines de milliers", "thousands": the words, and the span they are read as (no made-up figure).
      const [plo, phi] = c.interval?.pragmatic ?? [lo, hi];
      const amount =
        c.hedge?.kind === 'range' && lo !== null && hi !== null
          ? `${formatNumber(lo)}–${formatNumber(hi)}`
          : c.hedge?.kind === 'approx-noun' && plo !== null && phi !== null
            ? `${c.hedge.text} (${formatNumber(plo)}–${formatNumber(phi)})`
            : hedge + formatNumber(v.amount);
      return `${amount} ${v.noun || v.category}`.trim();
    }
    case 'money': {
      const v = c.value as MoneyValue;
      return `${hedge}${formatNumber(v.amount)} ${v.currency}`;
    }
    case 'date': {
      const v = c.value as DateValue;
      const parts = [v.weekday, v.iso ?? (v.monthDay ? `${v.monthDay} (year unknown)` : '(unresolved)'), v.tz].filter(Boolean);
      return hedge + parts.join(' ');
    }
    case 'quote': {
      const v = c.value as QuoteValue;
      return `${v.paraphrase ? '(paraphrase) ' : ''}“${v.text}”`;
    }
    case 'role': {
      const v = c.value as RoleValue;
      return `${v.qualifier ? `${v.qualifier} ` : ''}${v.title}`;
    }
    case 'place':
      return (c.value as PlaceValue).place;
    case 'first-since': {
      const v = c.value as FirstSinceValue;
      const [a, b] = v.reference;
      if (!a && !b && v.gapMonths) {
        const [most, least] = v.gapMonths;
        const years = (m: number | null) => (m === null ? '…' : String(Math.round((m / 12) * 10) / 10));
        return `${v.form} in ${years(least)}–${years(most)} years`;
      }
      return `${v.form} since ${a === b ? (a ?? '?') : `${a ?? '?'}…${b ?? '?'}`}`;
    }
    case 'meeting':
      return (c.value as { participants: string[] }).participants.join(', ');
    case 'invitation': {
      const v = c.value as InvitationValue;
      return `${v.inviterText} invited ${v.inviteesText} to ${v.destinationText}`;
    }
  }
}

/**
 * The first claim of each (source, reading) pair, in order: a source repeating itself is one voice. One pass with
 * a set per source, where looking each claim up in the whole group was quadratic in big stories.
 */
export function firstPerReading(group: Claim[]): Claim[] {
  const seen = new Map<string, Set<string>>();
  return group.filter((c) => {
    const reading = displayClaim(c);
    const readings = seen.get(c.doc) ?? seen.set(c.doc, new Set()).get(c.doc)!;
    if (readings.has(reading)) return false;
    readings.add(reading);
    return true;
  });
}
