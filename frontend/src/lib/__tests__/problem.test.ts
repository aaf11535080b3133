import i18n from 'i18next';
import { describe, expect, test } from 'vitest';
import { problem } from '@/testing/mock-fetch';
import { ProblemError, translateProblem } from '../problem';

const t = i18n.t.bind(i18n);

describe('translateProblem', () => {
  test('translates a known code', () => {
    expect(translateProblem(t, new ProblemError(404, { code: 'geo.not-found' }))).toBe('ไม่พบพื้นที่ตามรหัสที่ระบุ');
  });

  test('translates into the current language', async () => {
    await i18n.changeLanguage('en');
    expect(translateProblem(t, new ProblemError(400, { code: 'geo.code.malformed' }))).toBe(
      'The area code is not valid',
    );
  });

  test('falls back to the status when the code is unknown', () => {
    expect(translateProblem(t, new ProblemError(403, { code: 'center.locked' }))).toBe('คุณไม่มีสิทธิ์เข้าถึงข้อมูลนี้');
  });

  test('falls back to a general message', () => {
    expect(translateProblem(t, new ProblemError(409))).toBe('เกิดข้อผิดพลาดที่ไม่คาดคิด กรุณาลองใหม่');
  });

  test('explains a network failure', () => {
    expect(translateProblem(t, new TypeError('Failed to fetch'))).toMatch(/ติดต่อระบบไม่ได้/);
  });
});

describe('ProblemError.fromResponse', () => {
  test('reads an RFC 9457 body', async () => {
    const error = await ProblemError.fromResponse(problem(400, 'request.invalid', 'bad size'));
    expect(error).toMatchObject({ status: 400, code: 'request.invalid', detail: 'bad size', errors: [] });
  });

  test('keeps the status of a non-problem answer', async () => {
    const error = await ProblemError.fromResponse(new Response('<html>', { status: 502 }));
    expect(error).toMatchObject({ status: 502, code: undefined });
  });
});
