import { toThaiDigits } from '@/lib/dates';
import { formatCount, formatPercent } from '@/lib/numbers';
import type { FigureFormat } from './figure-tables';

const locale = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'th-TH');

/** A figure as text: counts with separators, baht with satang (the column names the unit), shares as %. */
export function formatFigure(value: number, format: FigureFormat, lang: string, thaiDigits = false): string {
  if (Number.isNaN(value)) return '–';
  const text =
    format === 'percent'
      ? formatPercent(value, lang)
      : format === 'baht'
        ? new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
        : formatCount(value, lang);
  return thaiDigits ? toThaiDigits(text) : text;
}
