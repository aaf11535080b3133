import type { TFunction } from 'i18next';
import { z } from 'zod';
import { constraints } from '@/lib/api/constraints';
import { contractNumber, contractText } from '@/lib/form';
import { newUuid } from '@/lib/uuid';
import type { Rubric, RubricRequest } from '../api/get-rubric';

export type CriterionValues = { key: string; name: string; description: string; weight: string };
export type LevelValues = { key: string; name: string; minScore: string };
export type RubricFormValues = { criteria: CriterionValues[]; levels: LevelValues[] };

export const emptyCriterion = (): CriterionValues => ({ key: newUuid(), name: '', description: '', weight: '' });
export const emptyLevel = (): LevelValues => ({ key: newUuid(), name: '', minScore: '' });

/** The rubric as the form edits it; a year without one starts from one empty criterion and level. */
export function rubricToForm(rubric: Rubric | null): RubricFormValues {
  if (!rubric) return { criteria: [emptyCriterion()], levels: [emptyLevel()] };
  return {
    criteria: rubric.criteria.map((c) => ({ key: c.id, name: c.name, description: c.description ?? '', weight: String(c.weight) })),
    levels: rubric.levels.map((l) => ({ key: `${l.minScore}`, name: l.name, minScore: String(l.minScore) })),
  };
}

export function formToRequest(values: RubricFormValues): RubricRequest {
  return {
    criteria: values.criteria.map((c) => ({
      name: c.name.trim(),
      description: c.description.trim() || undefined,
      weight: Number(c.weight),
    })),
    levels: values.levels.map((l) => ({ name: l.name.trim(), minScore: Number(l.minScore) })),
  };
}

/** The contract's limits on each criterion and level, checked before sending. */
export function rubricSchema(t: TFunction) {
  const criterion = constraints.RubricCriterionRequest;
  const level = constraints.RubricLevelRequest;
  return z.object({
    criteria: z.array(
      z.object({
        name: contractText(t, criterion.name, { required: true, messages: { required: 'rubric.errors.required' } }),
        description: contractText(t, criterion.description, { multiline: true }),
        weight: contractNumber(t, criterion.weight, 'rubric.errors.weight', { integer: true, required: true }),
      }),
    ),
    levels: z.array(
      z.object({
        name: contractText(t, level.name, { required: true, messages: { required: 'rubric.errors.required' } }),
        minScore: contractNumber(t, level.minScore, 'rubric.errors.minScore', { required: true }),
      }),
    ),
  });
}
