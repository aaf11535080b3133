import type { TFunction } from 'i18next';
import { expect, test } from 'vitest';
import { validateWith } from '@/lib/form';
import { emptyLinkForm, linkFormToRequest, linkSchema, type LinkFormValues } from '../link-form';

const PARTNER = '9a1b2c3d-0000-4000-8000-000000000001';
// Messages are their keys here, so the tests say which check spoke.
const t = ((key: string) => key) as unknown as TFunction;
const validateLinkForm = (values: LinkFormValues) => validateWith(linkSchema(t))(values);

test('sends a budget amount only with budget support', () => {
  const values = { ...emptyLinkForm, partnerId: PARTNER, fiscalYear: '2568', budgetBaht: '5000' };
  expect(linkFormToRequest({ ...values, supports: ['KNOWLEDGE'] }).budgetBaht).toBeUndefined();
  expect(linkFormToRequest({ ...values, supports: ['KNOWLEDGE', 'BUDGET'] }).budgetBaht).toBe(5000);
});

test('requires a partner, a year and a kind of support', () => {
  expect(Object.keys(validateLinkForm(emptyLinkForm))).toEqual(['partnerId', 'fiscalYear', 'supports']);
});

test('refuses a negative or over-precise amount and an end before the start', () => {
  const values = { ...emptyLinkForm, partnerId: PARTNER, fiscalYear: '2568', supports: ['BUDGET' as const] };
  expect(validateLinkForm({ ...values, budgetBaht: '-1' }).budgetBaht).toBeDefined();
  expect(validateLinkForm({ ...values, budgetBaht: '10.555' }).budgetBaht).toBeDefined();
  expect(validateLinkForm({ ...values, budgetBaht: '10.55' })).toEqual({});
  expect(validateLinkForm({ ...values, startsOn: '2025-01-10', endsOn: '2025-01-09' }).endsOn).toBe(
    'links.form.errors.dates',
  );
});

test('takes the fiscal years the contract allows', () => {
  const values = { ...emptyLinkForm, partnerId: PARTNER, supports: ['KNOWLEDGE' as const] };
  expect(validateLinkForm({ ...values, fiscalYear: '2499' }).fiscalYear).toBe('links.form.errors.fiscalYearRequired');
  expect(validateLinkForm({ ...values, fiscalYear: '2700' })).toEqual({});
});
