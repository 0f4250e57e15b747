// Interval arithmetic on hedged values: null bounds are infinite.
import type { Interval } from '../types.ts';

export function lo(i: Interval): number {
  return i[0] ?? Number.NEGATIVE_INFINITY;
}
export function hi(i: Interval): number {
  return i[1] ?? Number.POSITIVE_INFINITY;
}

/** True when the two intervals share at least one point, with a relative tolerance on the gap. */
export function overlaps(a: Interval, b: Interval, tolerance = 0): boolean {
  const gap = Math.max(lo(a), lo(b)) - Math.min(hi(a), hi(b));
  if (gap <= 0) return true;
  const scale = Math.max(Math.abs(lo(a)), Math.abs(lo(b)), Math.abs(hi(a) === Infinity ? 0 : hi(a)), Math.abs(hi(b) === Infinity ? 0 : hi(b)), 1e-9);
  return gap <= tolerance * scale;
}

/** "[5, 6]", "> 5", "≥ 2946", "< 10", formatted with a value formatter. */
export function formatInterval(i: Interval, fmt: (n: number) => string): string {
  if (i[0] !== null && i[1] !== null) return i[0] === i[1] ? fmt(i[0]) : `${fmt(i[0])}–${fmt(i[1])}`;
  if (i[0] !== null) return `≥ ${fmt(i[0])}`;
  if (i[1] !== null) return `≤ ${fmt(i[1])}`;
  return 'any';
}
