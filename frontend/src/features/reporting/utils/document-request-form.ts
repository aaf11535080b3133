import type { TFunction } from 'i18next';
import { z } from 'zod';
import { constraints } from '@/lib/api/constraints';
import { contractText, isoDate } from '@/lib/form';
import type { ChangeDocumentRequest } from '../api/change-document-request';
import type { CreateDocumentRequest } from '../api/create-document-request';
import type { DocumentRequest } from '../api/get-document-requests';

export type RequestFormValues = {
  fiscalYear: string;
  title: string;
  instructions: string;
  dueOn: string;
  targetLevel: 'DISTRICT' | 'PROVINCE';
  /** For DISTRICT: '' every district, else a province code. */
  targetProvinceCode: string;
};

export const requestFields = ['title', 'instructions', 'dueOn', 'targetProvinceCode'] as const;
export type RequestField = (typeof requestFields)[number];

export const emptyRequestForm = (fiscalYear: number, provinceCode: string): RequestFormValues => ({
  fiscalYear: String(fiscalYear),
  title: '',
  instructions: '',
  dueOn: '',
  targetLevel: 'DISTRICT',
  targetProvinceCode: provinceCode,
});

/** The request as typed, checked as the server checks it (limits from the contract). */
export const requestSchema = (t: TFunction) => {
  const limits = constraints.DocumentRequestCreate;
  return z.object({
    title: contractText(t, limits.title, { required: true, messages: { required: 'form.errors.required' } }),
    instructions: contractText(t, limits.instructions, {
      required: true,
      multiline: true,
      messages: { required: 'form.errors.required' },
    }),
    dueOn: isoDate(t).refine((value) => value !== '', t('form.errors.dueOn')),
  });
};

export function requestFormToRequest(values: RequestFormValues): CreateDocumentRequest {
  return {
    fiscalYear: Number(values.fiscalYear),
    title: values.title.trim(),
    instructions: values.instructions.trim(),
    dueOn: values.dueOn,
    targetLevel: values.targetLevel,
    targetProvinceCode: values.targetLevel === 'DISTRICT' && values.targetProvinceCode ? values.targetProvinceCode : undefined,
  };
}

/** A sent request as the form shows it, for its requester to change. */
export const requestToForm = (request: DocumentRequest): RequestFormValues => ({
  fiscalYear: String(request.fiscalYear),
  title: request.title,
  instructions: request.instructions,
  dueOn: request.dueOn,
  targetLevel: request.targetLevel,
  targetProvinceCode: request.targetProvince?.code ?? '',
});

export function requestFormToChange(values: RequestFormValues): ChangeDocumentRequest {
  return { title: values.title.trim(), instructions: values.instructions.trim(), dueOn: values.dueOn };
}
