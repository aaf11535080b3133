import { maxLengthError, onlyErrors, plainTextError, type FormErrors } from '@/lib/form-errors';
import type { ActivityVoidRequest } from '../api/void-activity';

export type VoidFormValues = { reason: string };
export type VoidField = keyof VoidFormValues;

export const voidFields: readonly VoidField[] = ['reason'];

export const emptyVoidForm: VoidFormValues = { reason: '' };

// The server's limits (ActivityVoidRequest): 3 to 500 characters of plain text, line breaks allowed.
const MIN_REASON = 3;
const MAX_REASON = 500;

export function validateVoidForm(values: VoidFormValues): FormErrors<VoidField> {
  const reason = values.reason.trim();
  return onlyErrors({
    reason: !reason
      ? { key: 'void.errors.reasonRequired' }
      : reason.length < MIN_REASON
        ? { key: 'void.errors.reasonTooShort', params: { min: MIN_REASON } }
        : (maxLengthError(reason, MAX_REASON) ?? plainTextError(values.reason, { multiline: true })),
  });
}

export function voidFormToRequest(values: VoidFormValues): ActivityVoidRequest {
  return { reason: values.reason.trim() };
}
