import type { TFunction } from 'i18next';
import { z } from 'zod';
import { participantGroups, type ParticipantGroup } from '@/config/program';
import { constraints } from '@/lib/api/constraints';
import { contractNumber, contractText, isoDate } from '@/lib/form';
import { newUuid } from '@/lib/uuid';
import type { MeetingRequest } from '../api/create-meeting';
import type { Meeting } from '../api/get-meeting';
import type { MeetingLevel } from '../api/get-meetings';

/** One resolution as typed; `id` is the saved resolution it edits (so it stays done), `key` the row's React key. */
export type ResolutionFormValues = { key: string; id?: string; text: string; assignee: string; dueOn: string };

/** The form keeps what the user typed as text; it becomes a request only when saved. */
export type MeetingFormValues = {
  level: MeetingLevel;
  /** The province or district, for PROVINCE and DISTRICT meetings. */
  areaCode: string;
  /** The center, for CENTER meetings. */
  centerId: string;
  heldOn: string;
  place: string;
  title: string;
  agenda: string;
  attendeeNames: string;
  resolutions: ResolutionFormValues[];
} & Record<ParticipantGroup, string>;

/** Fields in form order; the server names its field errors the same way. */
export const meetingFields = [
  'level',
  'areaCode',
  'centerId',
  'heldOn',
  'place',
  'title',
  'agenda',
  ...participantGroups,
  'attendeeNames',
] as const;
export type MeetingField = (typeof meetingFields)[number];

export const emptyResolution = (): ResolutionFormValues => ({ key: newUuid(), text: '', assignee: '', dueOn: '' });

/** A new meeting of the user's own area: a district's at district level, a province's at province level. */
export function emptyMeetingForm(areaCode: string): MeetingFormValues {
  return {
    level: areaCode.length === 4 ? 'DISTRICT' : areaCode.length === 2 ? 'PROVINCE' : 'NATIONAL',
    areaCode,
    centerId: '',
    heldOn: '',
    place: '',
    title: '',
    agenda: '',
    attendeeNames: '',
    resolutions: [],
    ...(Object.fromEntries(participantGroups.map((group) => [group, '0'])) as Record<ParticipantGroup, string>),
  };
}

export function meetingToForm(meeting: Meeting): MeetingFormValues {
  return {
    level: meeting.level,
    areaCode: meeting.level === 'CENTER' ? '' : meeting.areaCode,
    centerId: meeting.centerId ?? '',
    heldOn: meeting.heldOn,
    place: meeting.place,
    title: meeting.title,
    agenda: meeting.agenda,
    attendeeNames: meeting.attendeeNames ?? '',
    resolutions: meeting.resolutions.map((r) => ({
      key: r.id,
      id: r.id,
      text: r.text,
      assignee: r.assignee ?? '',
      dueOn: r.dueOn ?? '',
    })),
    ...(Object.fromEntries(participantGroups.map((group) => [group, String(meeting.attendees[group] ?? 0)])) as Record<
      ParticipantGroup,
      string
    >),
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function formToRequest(values: MeetingFormValues): MeetingRequest {
  return {
    level: values.level,
    areaCode: values.level === 'PROVINCE' || values.level === 'DISTRICT' ? values.areaCode : undefined,
    centerId: values.level === 'CENTER' ? values.centerId : undefined,
    heldOn: values.heldOn,
    place: values.place.trim(),
    title: values.title.trim(),
    agenda: values.agenda.trim(),
    attendees: Object.fromEntries(participantGroups.map((group) => [group, Number(values[group].trim())])),
    attendeeNames: optional(values.attendeeNames),
    resolutions: values.resolutions.map((r) => ({
      id: r.id,
      text: r.text.trim(),
      assignee: optional(r.assignee),
      dueOn: optional(r.dueOn),
    })),
  };
}

/** The checks the server makes, with the contract's limits, made before sending so people see them at once. */
export function meetingSchema(t: TFunction) {
  const rules = constraints.MeetingRequest;
  const resolutionRules = constraints.ResolutionRequest;
  const participants = Object.fromEntries(
    participantGroups.map((group) => [
      group,
      contractNumber(t, constraints.Participants[group], 'form.errors.attendees', { integer: true, required: true }),
    ]),
  );
  return z
    .object({
      level: z.string(),
      areaCode: z.string(),
      centerId: z.string(),
      heldOn: isoDate(t).refine((value) => value !== '', t('form.errors.heldOn')),
      place: contractText(t, rules.place, { required: true }),
      title: contractText(t, rules.title, { required: true }),
      agenda: contractText(t, rules.agenda, { required: true, multiline: true }),
      attendeeNames: contractText(t, rules.attendeeNames, { multiline: true }),
      resolutions: z.array(
        z.object({
          text: contractText(t, resolutionRules.text, { required: true }),
          assignee: contractText(t, resolutionRules.assignee),
          dueOn: isoDate(t),
        }),
      ),
      ...participants,
    })
    .superRefine((values, ctx) => {
      // The selects give a province's 2 digits or a district's 4; a level asks that its own be chosen.
      // (The server checks the same, 422 meeting.area.level, which lands on areaCode too.)
      const chosen = { PROVINCE: 2, DISTRICT: 4 } as Partial<Record<string, number>>;
      const length = chosen[values.level];
      if (length && values.areaCode.length !== length)
        ctx.addIssue({ code: 'custom', path: ['areaCode'], message: t(`form.errors.area${values.level}`) });
      if (values.level === 'CENTER' && !values.centerId)
        ctx.addIssue({ code: 'custom', path: ['centerId'], message: t('form.errors.centerRequired') });
    });
}
