import type { Meeting } from '../api/get-meeting';
import type { MeetingSummary } from '../api/get-meetings';
import type { OpenResolution } from '../api/get-open-resolutions';

export const MEETING_ID = '5e7a0c11-0000-4000-8000-000000005201';
export const RESOLUTION_ID = '5e7a0c11-0000-4000-8000-0000000052a1';
export const RESOLUTION_DONE_ID = '5e7a0c11-0000-4000-8000-0000000052a2';

const MUEANG_LAMPANG = { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' };

/** Mueang Lampang's first working-group meeting of FY2568: one resolution overdue, one done. */
export function createMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: MEETING_ID,
    fiscalYear: 2568,
    level: 'DISTRICT',
    areaCode: '5201',
    area: MUEANG_LAMPANG,
    heldOn: '2024-11-05',
    place: 'ห้องประชุมที่ว่าการอำเภอเมืองลำปาง',
    title: 'ประชุมคณะทำงานขับเคลื่อน ครั้งที่ 1/2568',
    agenda: '1. เรื่องแจ้งเพื่อทราบ\n2. แผนไตรมาส 2',
    attendees: { committee: 9, volunteerLeaders: 12, community: 3, partners: 2, officers: 1 },
    attendeeTotal: 27,
    attendeeNames: 'นางสมศรี มีสุข\nนายสมชาย ใจดี',
    resolutions: [
      {
        id: RESOLUTION_ID,
        position: 1,
        text: 'ทุกศูนย์จัดทำแผนขับเคลื่อนไตรมาส 2',
        assignee: 'พัฒนาการอำเภอ',
        dueOn: '2024-12-15',
        done: false,
        overdue: true,
      },
      {
        id: RESOLUTION_DONE_ID,
        position: 2,
        text: 'จัดกิจกรรมวันพ่อแห่งชาติ',
        done: true,
        doneOn: '2024-12-05',
        doneNote: 'จัดครบทุกศูนย์',
        overdue: false,
      },
    ],
    openResolutions: 1,
    files: [],
    version: 0,
    createdAt: '2024-11-05T10:00:00+07:00',
    createdBy: 'demo.district5201',
    updatedAt: '2024-11-05T10:00:00+07:00',
    updatedBy: 'demo.district5201',
    ...overrides,
  };
}

export function createMeetingSummary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    id: MEETING_ID,
    fiscalYear: 2568,
    level: 'DISTRICT',
    areaCode: '5201',
    area: MUEANG_LAMPANG,
    heldOn: '2024-11-05',
    title: 'ประชุมคณะทำงานขับเคลื่อน ครั้งที่ 1/2568',
    place: 'ห้องประชุมที่ว่าการอำเภอเมืองลำปาง',
    attendeeTotal: 27,
    resolutionCount: 2,
    openResolutions: 1,
    version: 0,
    ...overrides,
  };
}

export function createOpenResolution(overrides: Partial<OpenResolution> = {}): OpenResolution {
  return {
    id: RESOLUTION_ID,
    meetingId: MEETING_ID,
    meetingTitle: 'ประชุมคณะทำงานขับเคลื่อน ครั้งที่ 1/2568',
    heldOn: '2024-11-05',
    level: 'DISTRICT',
    areaCode: '5201',
    area: MUEANG_LAMPANG,
    position: 1,
    text: 'ทุกศูนย์จัดทำแผนขับเคลื่อนไตรมาส 2',
    assignee: 'พัฒนาการอำเภอ',
    dueOn: '2024-12-15',
    overdue: true,
    ...overrides,
  };
}
