// Date blocks for event clustering: the clusters a dated mention may join, found by (family, day) and (family,
// weekday) rather than among every cluster of its people or its family, which at scale is nearly all of them (a
// storm season, a minister who meets someone every week). A block holds every cluster whose dates can agree with
// the mention's and maybe more: conflicts() still decides, so the candidates are exactly the ones a full scan
// keeps.
import { addDays } from '../extract/calendar.ts';
import type { LocalEvent } from './events.ts';

function add(m: Map<string, Set<number>>, key: string, id: number): void {
  const s = m.get(key);
  if (s) s.add(id);
  else m.set(key, new Set([id]));
}

/** The day of a day-level (or finer) partial date, else null. */
export function dayOf(iso: string | null | undefined): string | null {
  return iso && iso.length >= 10 ? iso.slice(0, 10) : null;
}

const NONE: ReadonlySet<number> = new Set();

export class DateBlocks {
  /** `family|day` → clusters holding that day: a people event's own date, or a day of a storm's window. */
  private readonly byDay = new Map<string, Set<number>>();
  /** family → clusters with no day yet: any day may join them. */
  private readonly undated = new Map<string, Set<number>>();
  private readonly byWeekday = new Map<string, Set<number>>();
  private readonly noWeekday = new Map<string, Set<number>>();

  created(family: string, id: number): void {
    add(this.undated, family, id);
    add(this.noWeekday, family, id);
  }

  /** A cluster now holds these days (it keeps any it held: a block may be wider than the cluster's dates). */
  dated(family: string, id: number, days: string[]): void {
    for (const d of days) add(this.byDay, `${family}|${d}`, id);
    this.undated.get(family)?.delete(id);
  }

  /** A storm or protest day's window around `day`, as clusterEvents sets it. */
  windowDays(day: string, before: number, after: number): string[] {
    const out: string[] = [];
    for (let i = -before; i <= after; i++) out.push(addDays(day, i));
    return out;
  }

  weekday(family: string, id: number, weekday: string): void {
    add(this.byWeekday, `${family}|${weekday}`, id);
    this.noWeekday.get(family)?.delete(id);
  }

  /**
   * Clusters of `family` whose dates may agree with the mention's, or null when its date blocks nothing (no date,
   * or only a month). A day meets the clusters holding that day and those with none: a people event with another
   * day, or a storm whose window misses it, conflicts. A weekday without a date meets the clusters with that
   * weekday and those with none.
   */
  candidates(family: string, e: LocalEvent): number[] | null {
    const blocks = this.blocksOf(family, e);
    return blocks && [...blocks[0], ...blocks[1]];
  }

  /**
   * How many clusters candidates() lists, without listing them: the caller takes the smaller of this and another
   * index, and a family's clusters with no day yet are thousands at scale, too many to copy for a comparison.
   */
  candidateCount(family: string, e: LocalEvent): number | null {
    const blocks = this.blocksOf(family, e);
    return blocks && blocks[0].size + blocks[1].size;
  }

  /** The two (disjoint) blocks candidates() lists, or null. */
  private blocksOf(family: string, e: LocalEvent): [ReadonlySet<number>, ReadonlySet<number>] | null {
    const day = dayOf(e.when?.iso);
    if (day) return [this.byDay.get(`${family}|${day}`) ?? NONE, this.undated.get(family) ?? NONE];
    if (e.when?.weekday && !e.when.iso) return [this.byWeekday.get(`${family}|${e.when.weekday}`) ?? NONE, this.noWeekday.get(family) ?? NONE];
    return null;
  }
}

/** The person under which PersonPlaceBlocks lists the clusters of events without people (no entity key is empty). */
export const NOBODY = '';

/**
 * Place blocks, person by person. A mention with a place, or set in its article's place, conflicts with a cluster
 * placed elsewhere (conflicts()): the clusters holding a person that it may join are those holding that place, or
 * no place yet. Counted through these lists, a mention meets only the clusters of its place that share its people
 * (a minister's meetings elsewhere are never read); a storm or protest mention, listed under NOBODY, meets only
 * the storms of its place rather than all of them.
 */
export class PersonPlaceBlocks {
  /** `family|person|place` → clusters holding both. */
  private readonly byPlace = new Map<string, Set<number>>();
  /** `family|person` → clusters holding the person and no place yet. */
  private readonly unplaced = new Map<string, Set<number>>();

  /** Cluster `id` holds `person`, and (so far) `places`. */
  person(family: string, id: number, person: string, places: ReadonlySet<string>): void {
    if (places.size === 0) add(this.unplaced, `${family}|${person}`, id);
    else for (const place of places) add(this.byPlace, `${family}|${person}|${place}`, id);
  }

  /** Cluster `id`, holding `people`, now holds `place` too; `first` when it held no place before. */
  place(family: string, id: number, place: string, people: Iterable<string>, first: boolean): void {
    for (const p of people) {
      add(this.byPlace, `${family}|${p}|${place}`, id);
      if (first) this.unplaced.get(`${family}|${p}`)?.delete(id);
    }
  }

  /** How many entries the lists of `people` at `place` hold in all. */
  count(family: string, people: string[], place: string): number {
    let n = 0;
    for (const p of people) n += (this.byPlace.get(`${family}|${p}|${place}`)?.size ?? 0) + (this.unplaced.get(`${family}|${p}`)?.size ?? 0);
    return n;
  }

  /** The clusters holding `person` that a mention at `place` may join (two disjoint lists). */
  lists(family: string, person: string, place: string): [ReadonlySet<number>, ReadonlySet<number>] {
    return [this.byPlace.get(`${family}|${person}|${place}`) ?? NONE, this.unplaced.get(`${family}|${person}`) ?? NONE];
  }
}
