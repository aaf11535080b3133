export type Lang = 'th' | 'en';

export type DateFormatOptions = {
  style?: 'short' | 'long';
  /** Thai digits (๐–๙), used in official documents. */
  thaiDigits?: boolean;
};

const BANGKOK = 'Asia/Bangkok';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date ("2024-12-13") names a day, not an instant, so it is read and
 * formatted in UTC; instants are shown as the day in Bangkok.
 */
function toDateAndZone(value: Date | string): [Date, string] {
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    return [new Date(`${value}T00:00:00Z`), 'UTC'];
  }
  return [typeof value === 'string' ? new Date(value) : value, BANGKOK];
}

/** Formats a date in the Buddhist era: th "13 ธ.ค. 2567", en "13 Dec 2567 BE". */
export function formatDate(
  value: Date | string,
  lang: string,
  { style = 'short', thaiDigits = false }: DateFormatOptions = {},
): string {
  const [date, timeZone] = toDateAndZone(value);
  const base = lang.startsWith('en') ? 'en-GB' : 'th-TH';
  const locale = `${base}-u-ca-buddhist${thaiDigits ? '-nu-thai' : ''}`;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: style,
    year: 'numeric',
    timeZone,
  }).format(date);
}

/** The Buddhist-era year (Gregorian + 543) of the date. */
export function toBuddhistYear(value: Date | string): number {
  const [date, timeZone] = toDateAndZone(value);
  const year = new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone }).format(date);
  return Number(year) + 543;
}

/** An instant as the day and time in Bangkok: th "13 ธ.ค. 2567 16:30", en "13 Dec 2567 BE, 16:30". */
export function formatDateTime(value: Date | string, lang: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const base = lang.startsWith('en') ? 'en-GB' : 'th-TH';
  return new Intl.DateTimeFormat(`${base}-u-ca-buddhist`, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: BANGKOK,
  }).format(date);
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Writes Arabic digits as Thai digits (๐–๙), as official documents may. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => THAI_DIGITS[Number(digit)] ?? digit);
}

/** The calendar date ("2026-11-25") it is now in Bangkok, or `days` later (negative: earlier). */
export function todayInBangkok(days = 0, now: Date = new Date()): string {
  const shifted = new Date(now.getTime() + days * 86_400_000);
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: BANGKOK, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    shifted,
  );
}

/**
 * The Thai fiscal year (Buddhist era, 1 Oct – 30 Sep) and quarter of a calendar date:
 * 2024-12-13 is quarter 1 of 2568.
 */
export function fiscalQuarterOf(date: string): { fiscalYear: number; quarter: number } | undefined {
  if (!DATE_ONLY.test(date)) return undefined;
  const [year, month] = date.split('-').map(Number) as [number, number];
  if (month < 1 || month > 12) return undefined;
  const fiscalYear = (month >= 10 ? year + 1 : year) + 543;
  const quarter = Math.floor(((month + 2) % 12) / 3) + 1;
  return { fiscalYear, quarter };
}
