// The registry of rule kinds, listed by hand: adding a kind is a file, a line here, a test file and a README section.
import type { Kind } from '../kind.ts';
import interval from './interval.ts';

export const KINDS: Record<string, Kind<any>> = {
  interval,
};
