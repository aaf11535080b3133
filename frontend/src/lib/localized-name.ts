type Named = { nameTh?: string | null; nameEn?: string | null };

/** The name in the reading language, falling back to the other one. */
export function localizedName(item: Named, lang: string): string {
  const [first, second] = lang.startsWith('en') ? [item.nameEn, item.nameTh] : [item.nameTh, item.nameEn];
  return first || second || '';
}

/** The name in the other language, shown small beside the main one. */
export function otherName(item: Named, lang: string): { name: string; lang: 'th' | 'en' } {
  return lang.startsWith('en')
    ? { name: item.nameTh ?? '', lang: 'th' }
    : { name: item.nameEn ?? '', lang: 'en' };
}
