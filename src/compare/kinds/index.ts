// The registry of rule kinds, listed by hand: adding a kind is a file, a line here, a test file and a README section.
import type { Kind } from '../kind.ts';
import attribute from './attribute.ts';
import corroboration from './corroboration.ts';
import date from './date.ts';
import firstSince from './first-since.ts';
import grade from './grade.ts';
import interval from './interval.ts';
import invitation from './invitation.ts';
import quote from './quote.ts';
import set from './set.ts';
import timeConversion from './time-conversion.ts';

export const KINDS: Record<string, Kind<any>> = {
  interval,
  date,
  quote,
  attribute,
  set,
  'first-since': firstSince,
  grade,
  'time-conversion': timeConversion,
  invitation,
  corroboration,
};
