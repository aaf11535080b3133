const locale = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'th-TH');

/** An amount in baht with satang: th "฿3,500.00", en "THB 3,500.00". */
export function formatBaht(amount: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang), {
    style: 'currency',
    currency: 'THB',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** A share from 0 to 1 as a percentage with at most one decimal: 0.935 → "93.5%". */
export function formatPercent(share: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatCount(value: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang)).format(value);
}

/** A number with exactly two decimals, e.g. a weighted score: 4.1 → "4.10". */
export function formatTwoDecimals(value: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A file's size in KB or MB with at most one decimal: 184233 → "184.2 KB", 2500000 → "2.5 MB"; never "0 KB". */
export function formatFileSize(bytes: number, lang: string): string {
  const mega = bytes >= 1_000_000;
  const number = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 });
  return `${number.format(mega ? bytes / 1_000_000 : Math.max(0.1, bytes / 1_000))} ${mega ? 'MB' : 'KB'}`;
}
