import { useTranslation } from 'react-i18next';
import { formatDate, toThaiDigits } from './dates';
import { formatCount, formatPercent, formatTwoDecimals } from './numbers';

/** Writes digits as Thai digits when the printout asks for them. */
export const digitsFor = (thaiDigits: boolean) => (text: string | number) => (thaiDigits ? toThaiDigits(String(text)) : String(text));

/**
 * What an official printout writes with: its texts fixed to Thai (whatever language the screen
 * uses), and numbers and Buddhist-era dates in Thai digits when asked ("๕ พฤศจิกายน ๒๕๖๗").
 */
export function useThaiPrint(ns: string, thaiDigits: boolean) {
  const { i18n } = useTranslation();
  const digits = digitsFor(thaiDigits);
  return {
    t: i18n.getFixedT('th', ns),
    digits,
    longDate: (value: string) => formatDate(value, 'th', { style: 'long', thaiDigits }),
    shortDate: (value: string) => formatDate(value, 'th', { thaiDigits }),
    count: (value: number) => digits(formatCount(value, 'th')),
    percent: (value: number) => digits(formatPercent(value, 'th')),
    twoDecimals: (value: number) => digits(formatTwoDecimals(value, 'th')),
  };
}
