import type { TFunction } from 'i18next';
import { z } from 'zod';
import { constraints } from '@/lib/api/constraints';
import { contractNumber, isoDate } from '@/lib/form';
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

const rules = constraints.PartnerLinkRequest;

/** The checks the server makes, with the contract's limits, made before sending so people see them at once. */
export function linkSchema(t: TFunction) {
  const budget = contractNumber(t, rules.budgetBaht, 'links.form.errors.budget');
  return z
    .object({
      partnerId: z.string().refine(Boolean, t('links.form.errors.partnerRequired')),
      fiscalYear: contractNumber(t, rules.fiscalYear, 'links.form.errors.fiscalYearRequired', {
        integer: true,
        required: true,
      }),
      supports: z.array(z.string()).min(1, t('links.form.errors.supportsRequired')),
      budgetBaht: z.string(),
      startsOn: isoDate(t),
      endsOn: isoDate(t),
    })
    .superRefine((values, ctx) => {
      // An amount counts only with BUDGET support; without it the amount is not sent.
      const amount = values.supports.includes('BUDGET') ? budget.safeParse(values.budgetBaht) : undefined;
      if (amount && !amount.success)
        ctx.addIssue({ code: 'custom', path: ['budgetBaht'], message: amount.error.issues[0]?.message });
      // After the field's own checks, so a malformed date is named as such first.
      if (values.startsOn && values.endsOn && values.endsOn < values.startsOn)
        ctx.addIssue({ code: 'custom', path: ['endsOn'], message: t('links.form.errors.dates') });
    });
}
