import type { FormError, FormErrors } from '@/lib/form-errors';
import { maxLengthError, plainTextError } from '@/lib/form-errors';
import { reapplyEdits, type FieldDifference } from '@/lib/edit-conflict';
import type { DistrictReport } from '../api/get-district-report';
import type { Narrative } from '../api/write-district-report';

/** The four narrative parts of enclosure 2, in the form's order. */
export const narrativeFields = ['results', 'problems', 'suggestions', 'goodPractice'] as const;
export type NarrativeField = (typeof narrativeFields)[number];
export type NarrativeValues = Record<NarrativeField, string>;

// ReportNarrativeRequest: at most 8000 characters each.
export const NARRATIVE_MAX = 8000;

export function reportToNarrative(report: DistrictReport): NarrativeValues {
  return {
    results: report.results ?? '',
    problems: report.problems ?? '',
    suggestions: report.suggestions ?? '',
    goodPractice: report.goodPractice ?? '',
  };
}

export function narrativeToRequest(values: NarrativeValues): Narrative {
  return Object.fromEntries(
    narrativeFields.map((field) => [field, values[field].trim() === '' ? undefined : values[field].trim()]),
  ) as Narrative;
}

export function isNarrativeChanged(base: NarrativeValues, values: NarrativeValues): boolean {
  return narrativeFields.some((field) => base[field].trim() !== values[field].trim());
}

export function validateNarrative(values: NarrativeValues): FormErrors<NarrativeField> {
  const errors: FormErrors<NarrativeField> = {};
  for (const field of narrativeFields) {
    const error: FormError | undefined =
      maxLengthError(values[field], NARRATIVE_MAX) ?? plainTextError(values[field], { multiline: true });
    if (error) errors[field] = error;
  }
  return errors;
}

/** The parts where my edit or the saved version differs from the version I started from. */
export function narrativeDifferences(
  base: NarrativeValues,
  mine: NarrativeValues,
  theirs: NarrativeValues,
): FieldDifference<NarrativeField>[] {
  return narrativeFields
    .filter((field) => mine[field].trim() !== theirs[field].trim())
    .map((field) => ({ field, base: base[field], theirs: theirs[field], mine: mine[field] }));
}

/** The saved version with only the parts I changed put back on top. */
export function reapplyNarrative(base: NarrativeValues, mine: NarrativeValues, theirs: NarrativeValues): NarrativeValues {
  return reapplyEdits(narrativeFields, base, mine, theirs);
}
