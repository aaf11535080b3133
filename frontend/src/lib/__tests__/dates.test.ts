import { describe, expect, test } from 'vitest';
import { fiscalQuarterOf, formatDate, formatDateTime, toBuddhistYear, toThaiDigits, todayInBangkok } from '../dates';

describe('formatDate', () => {
  test('shows a Thai short date in the Buddhist era', () => {
    expect(formatDate('2024-12-13', 'th')).toBe('13 ธ.ค. 2567');
  });

  test('shows a Thai long date', () => {
    expect(formatDate('2024-12-13', 'th', { style: 'long' })).toBe('13 ธันวาคม 2567');
  });

  test('writes Thai digits when asked', () => {
    expect(formatDate('2024-12-13', 'th', { thaiDigits: true })).toBe('๑๓ ธ.ค. ๒๕๖๗');
  });

  test('keeps the Buddhist year in English', () => {
    expect(formatDate('2024-12-13', 'en')).toBe('13 Dec 2567 BE');
    expect(formatDate('2024-12-13', 'en', { style: 'long' })).toBe('13 December 2567 BE');
  });

  test('shows an instant as the day in Bangkok', () => {
    // 18:30 UTC on the 12th is already the 13th in Bangkok (UTC+7).
    expect(formatDate(new Date('2024-12-12T18:30:00Z'), 'th')).toBe('13 ธ.ค. 2567');
  });
});

describe('toBuddhistYear', () => {
  test('adds 543 to the Gregorian year', () => {
    expect(toBuddhistYear('2024-12-13')).toBe(2567);
  });

  test('counts the year of the day in Bangkok', () => {
    expect(toBuddhistYear(new Date('2024-12-31T18:00:00Z'))).toBe(2568);
  });
});

describe('formatDateTime', () => {
  test('shows an instant as the day and time in Bangkok in the Buddhist era', () => {
    expect(formatDateTime('2024-12-13T09:30:00Z', 'th')).toBe('13 ธ.ค. 2567 16:30');
    expect(formatDateTime('2024-12-13T09:30:00Z', 'en')).toBe('13 Dec 2567 BE, 16:30');
  });
});

describe('toThaiDigits', () => {
  test('replaces every Arabic digit and keeps other text', () => {
    expect(toThaiDigits('หมู่ที่ 12 (2567)')).toBe('หมู่ที่ ๑๒ (๒๕๖๗)');
  });
});

describe('fiscalQuarterOf', () => {
  test('starts the Thai fiscal year in October', () => {
    expect(fiscalQuarterOf('2024-10-01')).toEqual({ fiscalYear: 2568, quarter: 1 });
    expect(fiscalQuarterOf('2024-12-13')).toEqual({ fiscalYear: 2568, quarter: 1 });
    expect(fiscalQuarterOf('2025-01-01')).toEqual({ fiscalYear: 2568, quarter: 2 });
    expect(fiscalQuarterOf('2025-06-30')).toEqual({ fiscalYear: 2568, quarter: 3 });
    expect(fiscalQuarterOf('2025-09-30')).toEqual({ fiscalYear: 2568, quarter: 4 });
  });

  test('answers nothing for a malformed date', () => {
    expect(fiscalQuarterOf('13/12/2567')).toBeUndefined();
  });
});

describe('todayInBangkok', () => {
  test('is already the next day in Bangkok at 18:30 UTC', () => {
    expect(todayInBangkok(0, new Date('2024-12-12T18:30:00Z'))).toBe('2024-12-13');
    expect(todayInBangkok(-1, new Date('2024-12-12T18:30:00Z'))).toBe('2024-12-12');
  });
});
