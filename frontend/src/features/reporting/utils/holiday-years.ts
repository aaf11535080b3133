import type { Deadline } from '../api/get-deadlines';

/**
 * The calendar years (Gregorian) in which a deadline falls while the holiday table has no holiday
 * of that year at all: the server says so per deadline (holidaysKnown).
 */
export function yearsWithoutHolidays(deadlines: readonly Pick<Deadline, 'dueOn' | 'holidaysKnown'>[]): number[] {
  const years = new Set(deadlines.filter((d) => !d.holidaysKnown).map((d) => Number(d.dueOn.slice(0, 4))));
  return [...years].sort((a, b) => a - b);
}

/** Calendar years in the Buddhist era, as the app writes dates: th "พ.ศ. 2570", en "2570 BE (2027)". */
export function formatYears(years: readonly number[], lang: string): string {
  return years.map((year) => (lang.startsWith('en') ? `${year + 543} BE (${year})` : `พ.ศ. ${year + 543}`)).join(', ');
}
