import type { TFunction } from 'i18next';
import { z } from 'zod';
import { constraints } from '@/lib/api/constraints';
import { contractNumber, contractText, isoDate } from '@/lib/form';
import type { Rubric } from '../api/get-rubric';
import type { Visit, VisitRequest } from '../api/get-visit';

export type ScoreValues = { criterionId: string; score: string; note: string };

/** The form keeps what the user typed as text; it becomes a request only when saved. */
export type VisitFormValues = {
  centerId: string;
  visitedOn: string;
  visitors: string;
  latitude: string;
  longitude: string;
  /** One per criterion of the rubric, in its order; score '' until chosen. */
  scores: ScoreValues[];
  strengths: string;
  advice: string;
  followUp: string;
  followUpDueOn: string;
  followUpDoneOn: string;
};

export const visitFields = ['centerId', 'visitedOn', 'visitors', 'scores', 'strengths', 'advice', 'followUp', 'followUpDueOn'] as const;
export type VisitField = (typeof visitFields)[number];

export function emptyVisitForm(rubric: Rubric, centerId: string, today: string): VisitFormValues {
  return {
    centerId,
    visitedOn: today,
    visitors: '',
    latitude: '',
    longitude: '',
    scores: rubric.criteria.map((c) => ({ criterionId: c.id, score: '', note: '' })),
    strengths: '',
    advice: '',
    followUp: '',
    followUpDueOn: '',
    followUpDoneOn: '',
  };
}

export function visitToForm(visit: Visit): VisitFormValues {
  return {
    centerId: visit.centerId,
    visitedOn: visit.visitedOn,
    visitors: visit.visitors ?? '',
    latitude: visit.latitude === undefined ? '' : String(visit.latitude),
    longitude: visit.longitude === undefined ? '' : String(visit.longitude),
    scores: visit.scores.map((s) => ({ criterionId: s.criterionId, score: String(s.score), note: s.note ?? '' })),
    strengths: visit.strengths ?? '',
    advice: visit.advice ?? '',
    followUp: visit.followUp ?? '',
    followUpDueOn: visit.followUpDueOn ?? '',
    followUpDoneOn: visit.followUpDoneOn ?? '',
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function formToRequest(values: VisitFormValues): VisitRequest {
  return {
    centerId: values.centerId,
    visitedOn: values.visitedOn,
    visitors: values.visitors.trim(),
    latitude: values.latitude ? Number(values.latitude) : undefined,
    longitude: values.longitude ? Number(values.longitude) : undefined,
    scores: values.scores.map((s) => ({ criterionId: s.criterionId, score: Number(s.score), note: optional(s.note) })),
    strengths: optional(values.strengths),
    advice: optional(values.advice),
    followUp: optional(values.followUp),
    followUpDueOn: optional(values.followUpDueOn),
    followUpDoneOn: optional(values.followUpDoneOn),
  };
}

/** The checks the server makes, with the contract's limits; every criterion needs a score. */
export function visitSchema(t: TFunction) {
  const rules = constraints.VisitRequest;
  return z.object({
    centerId: z.string().refine(Boolean, t('form.errors.centerRequired')),
    visitedOn: isoDate(t).refine(Boolean, t('form.errors.visitedOn')),
    visitors: contractText(t, rules.visitors, { required: true }),
    scores: z.array(
      z.object({
        score: contractNumber(t, constraints.VisitScoreRequest.score, 'form.errors.score', { integer: true, required: true }),
        note: contractText(t, constraints.VisitScoreRequest.note),
      }),
    ),
    strengths: contractText(t, rules.strengths, { multiline: true }),
    advice: contractText(t, rules.advice, { multiline: true }),
    followUp: contractText(t, rules.followUp, { multiline: true }),
    followUpDueOn: isoDate(t),
  });
}
