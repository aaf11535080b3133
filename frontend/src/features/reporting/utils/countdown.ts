/** The i18n key of a countdown to a due day: days left, due today, or days overdue. */
export function countdownKey(daysLeft: number): 'countdown.left' | 'countdown.today' | 'countdown.overdue' {
  if (daysLeft > 0) return 'countdown.left';
  if (daysLeft === 0) return 'countdown.today';
  return 'countdown.overdue';
}

/** Whole days from one calendar date to another ("2024-12-06" → "2024-12-13" is 7). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
