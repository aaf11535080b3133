import type { TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import { validateWith } from '@/lib/form';
import { createActivity, createAppConfig } from '@/testing/data-generators';
import {
  activitySchema,
  activityToForm,
  differences,
  emptyActivityForm,
  formToRequest,
  reapplyChanges,
  type ActivityFormValues,
} from '../activity-form';

const TODAY = '2024-12-13';
const valid = (changes: Partial<ActivityFormValues> = {}): ActivityFormValues => ({
  ...emptyActivityForm('0b9f3c52-1c3e-4a43-9d55-000000000001', TODAY),
  category: 'MISSION',
  type: 'THREE_TREES',
  title: 'ปลูกไม้ ๓ อย่าง',
  ...changes,
});

// Messages are their keys here, so the tests say which check spoke.
const t = ((key: string) => key) as unknown as TFunction;
const validateActivityForm = (values: ActivityFormValues, today: string) =>
  validateWith(activitySchema(t, createAppConfig().thailand, today))(values);
const keys = (values: ActivityFormValues) => validateActivityForm(values, TODAY);

describe('validateActivityForm', () => {
  test('accepts the least an activity needs', () => {
    expect(validateActivityForm(valid(), TODAY)).toEqual({});
  });

  test('accepts today but not tomorrow', () => {
    expect(keys(valid({ heldOn: '2024-12-14' }))).toEqual({ heldOn: 'form.errors.future' });
  });

  test('needs the national day only for national-day volunteering', () => {
    expect(keys(valid({ category: 'NATIONAL_DAY', type: 'DISASTER_VOLUNTEER' }))).toEqual({
      nationalDay: 'form.errors.nationalDayRequired',
    });
    expect(keys(valid({ nationalDay: '' }))).toEqual({});
  });

  test('checks counts, budget and the GPS point as the server does', () => {
    expect(
      keys(
        valid({ committee: '1.5', officers: '100001', budgetBaht: '12.345', latitude: '18.3', longitude: '' }),
      ),
    ).toEqual({
      committee: 'form.errors.participants',
      officers: 'form.errors.participants',
      budgetBaht: 'form.errors.budget',
      longitude: 'form.errors.pointIncomplete',
    });
    expect(keys(valid({ budgetBaht: '3500.5', latitude: '35.6', longitude: '139.7' }))).toEqual({
      latitude: 'form.errors.outsideThailand',
      longitude: 'form.errors.outsideThailand',
    });
  });

  test('refuses control characters and over-long text', () => {
    expect(keys(valid({ title: 'ก'.repeat(201), outcomes: 'บรรทัดแรก\nบรรทัดสอง', budgetSource: 'a\u0007' }))).toEqual({
      title: 'form.errors.tooLong',
      budgetSource: 'form.errors.controlCharacters',
    });
  });
});

test('turns the form into a request: counts as numbers, blanks left out, the national day only where it belongs', () => {
  const request = formToRequest(valid({ volunteerLeaders: '20', budgetBaht: '3500.00', nationalDay: 'วันพ่อ', description: '  ' }));
  expect(request).toEqual({
    centerId: '0b9f3c52-1c3e-4a43-9d55-000000000001',
    title: 'ปลูกไม้ ๓ อย่าง',
    heldOn: TODAY,
    type: 'THREE_TREES',
    nationalDay: undefined,
    description: undefined,
    outcomes: undefined,
    participants: { committee: 0, volunteerLeaders: 20, community: 0, partners: 0, officers: 0 },
    budgetBaht: 3500,
    budgetSource: undefined,
    latitude: undefined,
    longitude: undefined,
  });
});

test('re-applying keeps my edits and takes theirs elsewhere', () => {
  const base = activityToForm(createActivity({ title: 'เดิม', outcomes: 'เดิม' }));
  const mine = { ...base, title: 'ของฉัน' };
  const theirs = { ...base, outcomes: 'ของเขา', type: 'HEALTH' as const, category: 'DIMENSION' as const };
  const merged = reapplyChanges(base, mine, theirs);
  expect(merged).toMatchObject({ title: 'ของฉัน', outcomes: 'ของเขา', type: 'HEALTH', category: 'DIMENSION' });
  expect(differences(base, mine, theirs).map((d) => d.field)).toEqual(['type', 'title', 'outcomes']);
});
