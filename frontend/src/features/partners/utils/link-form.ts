import { onlyErrors, type FormErrors } from '@/lib/form-errors';
import type { PartnerLinkRequest } from '../api/create-partner-link';
import type { SupportKind } from '../api/get-partners';
import type { PartnerLink } from '../api/get-partner-links';

export type LinkFormValues = {
  partnerId: string;
  fiscalYear: string;
  supports: SupportKind[];
  /** Only sent with BUDGET support. */
  budgetBaht: string;
  startsOn: string;
  endsOn: string;
};

export type LinkField = keyof LinkFormValues;

export const linkFields = [
  'partnerId',
  'fiscalYear',
  'supports',
  'budgetBaht',
  'startsOn',
  'endsOn',
] as const satisfies readonly LinkField[];

export const emptyLinkForm: LinkFormValues = {
  partnerId: '',
  fiscalYear: '',
  supports: [],
  budgetBaht: '',
  startsOn: '',
  endsOn: '',
};

export function linkToForm(link: PartnerLink): LinkFormValues {
  return {
    partnerId: link.partnerId,
    fiscalYear: String(link.fiscalYear),
    supports: [...link.supports],
    budgetBaht: link.budgetBaht == null ? '' : String(link.budgetBaht),
    startsOn: link.startsOn ?? '',
    endsOn: link.endsOn ?? '',
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function linkFormToRequest(values: LinkFormValues): PartnerLinkRequest {
  const budget = values.supports.includes('BUDGET') ? optional(values.budgetBaht) : undefined;
  return {
    partnerId: values.partnerId,
    fiscalYear: Number(values.fiscalYear),
    supports: values.supports,
    // The server refuses an amount without BUDGET support, so it is dropped with the box.
    budgetBaht: budget === undefined ? undefined : Number(budget),
    startsOn: optional(values.startsOn),
    endsOn: optional(values.endsOn),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_BUDGET = 9_999_999_999.99;

function budgetError(values: LinkFormValues) {
  if (!values.supports.includes('BUDGET') || !values.budgetBaht.trim()) return undefined;
  const amount = Number(values.budgetBaht.trim());
  if (!Number.isFinite(amount) || amount < 0 || amount > MAX_BUDGET) return { key: 'links.form.errors.budget' };
  return /^\d+(\.\d{1,2})?$/.test(values.budgetBaht.trim()) ? undefined : { key: 'links.form.errors.budget' };
}

/** The checks the server makes, made before sending so people see them at once. */
export function validateLinkForm(values: LinkFormValues): FormErrors<LinkField> {
  return onlyErrors<LinkField>({
    partnerId: values.partnerId ? undefined : { key: 'links.form.errors.partnerRequired' },
    fiscalYear: /^\d{4}$/.test(values.fiscalYear) ? undefined : { key: 'links.form.errors.fiscalYearRequired' },
    supports: values.supports.length > 0 ? undefined : { key: 'links.form.errors.supportsRequired' },
    budgetBaht: budgetError(values),
    startsOn: values.startsOn && !DATE.test(values.startsOn) ? { key: 'form.errors.date' } : undefined,
    endsOn:
      values.endsOn && !DATE.test(values.endsOn)
        ? { key: 'form.errors.date' }
        : values.startsOn && values.endsOn && values.endsOn < values.startsOn
          ? { key: 'links.form.errors.dates' }
          : undefined,
  });
}
