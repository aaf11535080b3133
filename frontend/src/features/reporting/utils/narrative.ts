import type { TFunction } from 'i18next';
import { z } from 'zod';
import { constraints } from '@/lib/api/constraints';
import { reapplyEdits, type FieldDifference } from '@/lib/edit-conflict';
import { contractText } from '@/lib/form';
import type { Narrative } from '../api/write-district-report';

/** The four narrative parts of enclosure 2, in the form's order. */
export const narrativeFields = ['results', 'problems', 'suggestions', 'goodPractice'] as const;
export type NarrativeField = (typeof narrativeFields)[number];
export type NarrativeValues = Record<NarrativeField, string>;

/** Anything carrying the four parts: a district's or a province's report, a district narrative to quote. */
export type NarrativeSource = Partial<Record<NarrativeField, string>>;

export function reportToNarrative(report: NarrativeSource): NarrativeValues {
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

/** Each part as the server checks it (ReportNarrativeRequest in the contract): plain text, line breaks allowed. */
export function narrativeSchema(t: TFunction) {
  const rules = constraints.ReportNarrativeRequest;
  return z.object(
    Object.fromEntries(narrativeFields.map((field) => [field, contractText(t, rules[field], { multiline: true })])),
  );
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

/**
 * A district's text appended to a part of the province's narrative on a line of its own, after
 * what is there; `quoted` names the district ("อำเภอเมืองลำปาง: …") so the reader knows its source.
 */
export function appendQuote(current: string, quoted: string): string {
  const before = current.trimEnd();
  return before ? `${before}\n${quoted}` : quoted;
}
