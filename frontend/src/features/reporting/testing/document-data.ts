import type { DocumentAnswer } from '../api/get-document-answer';
import type { DocumentRequest, OfficeAnswer } from '../api/get-document-requests';

export const REQUEST_ID = '5e1f0d2a-0000-4000-8000-00000000d0c1';

const lampang = { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' };
const mueang = { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' };
const maeMo = { code: '5202', nameTh: 'แม่เมาะ', nameEn: 'Mae Mo' };

/** The department's request to Lampang's districts, as the department sees it. */
export function createDocumentRequest(overrides: Partial<DocumentRequest> = {}): DocumentRequest {
  return {
    id: REQUEST_ID,
    fiscalYear: 2570,
    title: 'แบบสำรวจศูนย์ฯ มีนาคม 2570',
    instructions: 'กรอกแบบที่แนบ แล้วส่งกลับเป็นไฟล์ Excel',
    dueOn: '2027-03-10',
    targetLevel: 'DISTRICT',
    targetProvince: lampang,
    offices: 13,
    canReview: true,
    standings: { NOT_STARTED: 0, DRAFT: 0, SUBMITTED_ON_TIME: 1, SUBMITTED_LATE: 1, RETURNED: 0, ACCEPTED: 0, MISSING: 11 },
    createdAt: '2027-03-01T09:00:00+07:00',
    createdBy: 'demo.national',
    updatedAt: '2027-03-01T09:00:00+07:00',
    version: 0,
    ...overrides,
  };
}

export function createOfficeAnswers(): OfficeAnswer[] {
  return [
    { office: mueang, state: 'SUBMITTED', standing: 'SUBMITTED_ON_TIME', submittedAt: '2027-03-10T23:59:59+07:00', onTime: true, files: 1 },
    { office: maeMo, state: 'SUBMITTED', standing: 'SUBMITTED_LATE', submittedAt: '2027-03-11T00:00:00+07:00', onTime: false, files: 2 },
    { office: { code: '5203', nameTh: 'เกาะคา', nameEn: 'Ko Kha' }, standing: 'MISSING', files: 0 },
  ];
}

/** Mueang Lampang's answer, not started, as its district officer sees it. */
export function createDocumentAnswer(overrides: Partial<DocumentAnswer> = {}): DocumentAnswer {
  return {
    requestId: REQUEST_ID,
    office: mueang,
    dueOn: '2027-03-10',
    standing: 'NOT_STARTED',
    files: [],
    canAnswer: true,
    canReview: false,
    version: 0,
    ...overrides,
  };
}
