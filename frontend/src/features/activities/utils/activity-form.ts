import type { TFunction } from 'i18next';
import { z } from 'zod';
import {
  categoryOf,
  type ActivityCategory,
  type ActivityType,
} from '@/config/activity-types';
import { constraints } from '@/lib/api/constraints';
import type { PointBounds } from '@/lib/app-config';
import { todayInBangkok } from '@/lib/dates';
import { fieldDifferences, reapplyEdits, type FieldDifference } from '@/lib/edit-conflict';
import { checkPoint, contractNumber, contractText } from '@/lib/form';
import type { ActivityRequest } from '../api/create-activity';
import type { Activity } from '../api/get-activities';

export const participantGroups = ['committee', 'volunteerLeaders', 'community', 'partners', 'officers'] as const;
export type ParticipantGroup = (typeof participantGroups)[number];

/** The form keeps what the user typed as text; it becomes a request only when saved. */
export type ActivityFormValues = {
  centerId: string;
  heldOn: string;
  category: ActivityCategory | '';
  type: ActivityType | '';
  nationalDay: string;
  title: string;
  description: string;
  outcomes: string;
  budgetBaht: string;
  budgetSource: string;
  latitude: string;
  longitude: string;
} & Record<ParticipantGroup, string>;

export type ActivityField = keyof ActivityFormValues;

/**
 * Fields in form order: focus goes to the first with an error, and the server's field errors
 * (named by their last path segment, e.g. "committee") land on these.
 */
export const activityFields: readonly ActivityField[] = [
  'centerId',
  'heldOn',
  'category',
  'type',
  'nationalDay',
  'title',
  ...participantGroups,
  'description',
  'outcomes',
  'budgetBaht',
  'budgetSource',
  'latitude',
  'longitude',
];

/** Fields a person edits after saving; the conflict screen compares these. */
export const editableFields = activityFields.filter((f) => f !== 'centerId' && f !== 'category');

const rules = constraints.ActivityRequest;
const participantRules = constraints.Participants;

/** The most people of one group the server takes (the contract's Participants maximum). */
export const MAX_PARTICIPANTS = participantRules.committee.maximum;

export function emptyActivityForm(centerId = '', heldOn = todayInBangkok()): ActivityFormValues {
  return {
    centerId,
    heldOn,
    category: '',
    type: '',
    nationalDay: '',
    title: '',
    description: '',
    outcomes: '',
    budgetBaht: '',
    budgetSource: '',
    latitude: '',
    longitude: '',
    committee: '0',
    volunteerLeaders: '0',
    community: '0',
    partners: '0',
    officers: '0',
  };
}

const text = (value: string | number | null | undefined) => (value == null ? '' : String(value));

export function activityToForm(activity: Activity): ActivityFormValues {
  return {
    centerId: activity.centerId,
    heldOn: activity.heldOn,
    category: activity.category,
    type: activity.type,
    nationalDay: text(activity.nationalDay),
    title: activity.title,
    description: text(activity.description),
    outcomes: text(activity.outcomes),
    budgetBaht: activity.budgetBaht == null ? '' : activity.budgetBaht.toFixed(2),
    budgetSource: text(activity.budgetSource),
    latitude: text(activity.latitude),
    longitude: text(activity.longitude),
    committee: text(activity.participants.committee ?? 0),
    volunteerLeaders: text(activity.participants.volunteerLeaders ?? 0),
    community: text(activity.participants.community ?? 0),
    partners: text(activity.participants.partners ?? 0),
    officers: text(activity.participants.officers ?? 0),
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
const optionalNumber = (value: string) => (value.trim() === '' ? undefined : Number(value.trim()));
const count = (value: string) => (value.trim() === '' ? 0 : Number(value.trim()));

export function formToRequest(values: ActivityFormValues): ActivityRequest {
  const type = values.type as ActivityType;
  return {
    centerId: values.centerId,
    title: values.title.trim(),
    heldOn: values.heldOn,
    type,
    nationalDay: categoryOf(type) === 'NATIONAL_DAY' ? optional(values.nationalDay) : undefined,
    description: optional(values.description),
    outcomes: optional(values.outcomes),
    participants: {
      committee: count(values.committee),
      volunteerLeaders: count(values.volunteerLeaders),
      community: count(values.community),
      partners: count(values.partners),
      officers: count(values.officers),
    },
    budgetBaht: optionalNumber(values.budgetBaht),
    budgetSource: optional(values.budgetSource),
    latitude: optionalNumber(values.latitude),
    longitude: optionalNumber(values.longitude),
  };
}

export function participantTotal(values: ActivityFormValues): number {
  return participantGroups.reduce((sum, group) => sum + (Number(values[group]) || 0), 0);
}

/**
 * The checks the server makes, made before sending so people see them at once: the limits come
 * from the contract, the point's box from app-config. `today` bounds the date (no future activity).
 */
export function activitySchema(t: TFunction, thailand: PointBounds, today = todayInBangkok()) {
  const participants = Object.fromEntries(
    participantGroups.map((group) => [
      group,
      contractNumber(t, participantRules[group], 'form.errors.participants', { integer: true }),
    ]),
  ) as Record<ParticipantGroup, ReturnType<typeof contractNumber>>;
  return z
    .object({
      centerId: z.string().refine(Boolean, t('form.errors.centerRequired')),
      heldOn: z.string().superRefine((value, ctx) => {
        const fail = (key: string) => ctx.addIssue({ code: 'custom', message: t(key) });
        if (!value) fail('form.errors.dateRequired');
        else if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) fail('form.errors.date');
        // Dates in this form compare as text.
        else if (value > today) fail('form.errors.future');
      }),
      category: z.string().refine(Boolean, t('form.errors.categoryRequired')),
      type: z.string(),
      nationalDay: z.string(),
      title: contractText(t, rules.title, { required: true }),
      description: contractText(t, rules.description, { multiline: true }),
      outcomes: contractText(t, rules.outcomes, { multiline: true }),
      budgetBaht: contractNumber(t, rules.budgetBaht, 'form.errors.budget'),
      budgetSource: contractText(t, rules.budgetSource),
      latitude: z.string(),
      longitude: z.string(),
      ...participants,
    })
    .superRefine((values, ctx) => {
      // Only a chosen category asks for its type, and only national-day volunteering for the day.
      if (values.category && !values.type)
        ctx.addIssue({ code: 'custom', path: ['type'], message: t('form.errors.typeRequired') });
      if (values.category === 'NATIONAL_DAY') {
        const day = contractText(t, rules.nationalDay, {
          required: true,
          messages: { required: 'form.errors.nationalDayRequired' },
        }).safeParse(values.nationalDay);
        if (!day.success) ctx.addIssue({ code: 'custom', path: ['nationalDay'], message: day.error.issues[0]?.message });
      }
      checkPoint(t, thailand, values, ctx);
    });
}

/** My edits on top of the latest saved record (see reapplyEdits); the category follows the type. */
export function reapplyChanges(
  base: ActivityFormValues,
  mine: ActivityFormValues,
  theirs: ActivityFormValues,
): ActivityFormValues {
  const merged = reapplyEdits(editableFields, base, mine, theirs);
  if (merged.type) merged.category = categoryOf(merged.type);
  return merged;
}

export function differences(
  base: ActivityFormValues,
  mine: ActivityFormValues,
  theirs: ActivityFormValues,
): FieldDifference<ActivityField>[] {
  return fieldDifferences(editableFields, base, mine, theirs);
}
