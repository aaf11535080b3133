import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { ActivityType } from '@/config/activity-types';
import { constraints } from '@/lib/api/constraints';
import { contractNumber, contractText } from '@/lib/form';
import { newUuid } from '@/lib/uuid';
import type { Plan, PlanRequest } from '../api/get-plan';

export type PlanLineValues = { key: string; quarter: string; type: ActivityType | ''; title: string; expectedParticipants: string; partnerId: string };
export type PlanFormValues = { meetingId: string; targetActivities: string; targetParticipants: string; lines: PlanLineValues[] };

export const emptyLine = (quarter = '1'): PlanLineValues => ({ key: newUuid(), quarter, type: '', title: '', expectedParticipants: '', partnerId: '' });

const text = (value: number | undefined) => (value === undefined || value === null ? '' : String(value));

/** The plan as the form edits it; a center without one starts from one empty line. */
export function planToForm(plan: Plan | null): PlanFormValues {
  if (!plan) return { meetingId: '', targetActivities: '', targetParticipants: '', lines: [emptyLine()] };
  return {
    meetingId: plan.meetingId ?? '',
    targetActivities: text(plan.targetActivities),
    targetParticipants: text(plan.targetParticipants),
    lines: plan.lines.map((l) => ({
      key: `${l.position}`,
      quarter: String(l.quarter),
      type: l.type,
      title: l.title,
      expectedParticipants: text(l.expectedParticipants),
      partnerId: l.partnerId ?? '',
    })),
  };
}

const number = (value: string) => (value.trim() === '' ? undefined : Number(value.trim()));

export function formToRequest(values: PlanFormValues): PlanRequest {
  return {
    meetingId: values.meetingId || undefined,
    targetActivities: number(values.targetActivities),
    targetParticipants: number(values.targetParticipants),
    lines: values.lines.map((l) => ({
      quarter: Number(l.quarter),
      type: l.type as ActivityType,
      title: l.title.trim(),
      expectedParticipants: number(l.expectedParticipants),
      partnerId: l.partnerId || undefined,
    })),
  };
}

/** The contract's limits, checked before sending. */
export function planSchema(t: TFunction) {
  const rules = constraints.PlanRequest;
  const line = constraints.PlanLineRequest;
  return z.object({
    targetActivities: contractNumber(t, rules.targetActivities, 'form.errors.number', { integer: true }),
    targetParticipants: contractNumber(t, rules.targetParticipants, 'form.errors.number', { integer: true }),
    lines: z.array(
      z.object({
        type: z.string().refine(Boolean, t('form.errors.type')),
        title: contractText(t, line.title, { required: true }),
        expectedParticipants: contractNumber(t, line.expectedParticipants, 'form.errors.number', { integer: true }),
      }),
    ),
  });
}
