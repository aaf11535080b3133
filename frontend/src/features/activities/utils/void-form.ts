import type { TFunction } from 'i18next';
import { z } from 'zod';
import { constraints } from '@/lib/api/constraints';
import { contractText } from '@/lib/form';
import type { ActivityVoidRequest } from '../api/void-activity';

export type VoidFormValues = { reason: string };
export type VoidField = keyof VoidFormValues;

export const voidFields: readonly VoidField[] = ['reason'];

export const emptyVoidForm: VoidFormValues = { reason: '' };

/** The server's limits (ActivityVoidRequest in the contract): plain text, line breaks allowed. */
export function voidSchema(t: TFunction) {
  return z.object({
    reason: contractText(t, constraints.ActivityVoidRequest.reason, {
      required: true,
      multiline: true,
      messages: { required: 'void.errors.reasonRequired', tooShort: 'void.errors.reasonTooShort' },
    }),
  });
}

export function voidFormToRequest(values: VoidFormValues): ActivityVoidRequest {
  return { reason: values.reason.trim() };
}
