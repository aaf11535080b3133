import {
  categoryOf,
  type ActivityCategory,
  type ActivityType,
} from '@/config/activity-types';
import { todayInBangkok } from '@/lib/dates';
import { fieldDifferences, reapplyEdits, type FieldDifference } from '@/lib/edit-conflict';
import {
  maxLengthError,
  onlyErrors,
  plainTextError,
  pointErrors,
  type FormError,
  type FormErrors,
} from '@/lib/form-errors';
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

export const MAX_PARTICIPANTS = 100_000;
export const MAX_BUDGET = 9_999_999_999.99;

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

function heldOnError(value: string, today: string): FormError | undefined {
  if (!value) return { key: 'form.errors.dateRequired' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) return { key: 'form.errors.date' };
  // Dates in this form compare as text.
  return value > today ? { key: 'form.errors.future' } : undefined;
}

function participantError(value: string): FormError | undefined {
  if (value.trim() === '') return undefined;
  const number = Number(value.trim());
  return Number.isInteger(number) && number >= 0 && number <= MAX_PARTICIPANTS
    ? undefined
    : { key: 'form.errors.participants' };
}

function budgetError(value: string): FormError | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return { key: 'form.errors.budget' };
  return Number(trimmed) > MAX_BUDGET ? { key: 'form.errors.budget' } : undefined;
}

function requiredText(value: string, max: number): FormError | undefined {
  return value.trim() ? (maxLengthError(value.trim(), max) ?? plainTextError(value)) : { key: 'form.errors.required' };
}

function optionalText(value: string, max: number, multiline = false): FormError | undefined {
  return maxLengthError(value, max) ?? plainTextError(value, { multiline });
}

/** The checks the server makes, made before sending so people see them at once. */
export function validateActivityForm(values: ActivityFormValues, today = todayInBangkok()): FormErrors<ActivityField> {
  const nationalDay = values.category === 'NATIONAL_DAY';
  const errors: FormErrors<ActivityField> = {
    centerId: values.centerId ? undefined : { key: 'form.errors.centerRequired' },
    heldOn: heldOnError(values.heldOn, today),
    category: values.category ? undefined : { key: 'form.errors.categoryRequired' },
    type: !values.category || values.type ? undefined : { key: 'form.errors.typeRequired' },
    nationalDay: nationalDay
      ? values.nationalDay.trim()
        ? optionalText(values.nationalDay.trim(), 200)
        : { key: 'form.errors.nationalDayRequired' }
      : undefined,
    title: requiredText(values.title, 200),
    description: optionalText(values.description, 4000, true),
    outcomes: optionalText(values.outcomes, 4000, true),
    budgetBaht: budgetError(values.budgetBaht),
    budgetSource: optionalText(values.budgetSource, 200),
    ...Object.fromEntries(participantGroups.map((group) => [group, participantError(values[group])])),
    ...pointErrors(values.latitude, values.longitude),
  };
  return onlyErrors(errors);
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
