import { activityTypes } from '@/config/activity-types';
import { sectors } from '@/config/program';
import type { Completeness } from '../api/get-completeness';
import type { Deadline, DeadlineRef } from '../api/get-deadlines';
import type { DistrictReport } from '../api/get-district-report';
import type { MyDeadline } from '../api/get-my-deadlines';
import type { NationalReport } from '../api/get-national-report';
import type { NationalYearReport } from '../api/get-national-year-report';
import type { ProvinceReport } from '../api/get-province-report';
import type { ProvinceReportList, ProvinceStanding } from '../api/get-province-reports';
import type { QuarterlyFigures } from '../utils/figure-tables';

export const DEADLINE_ID = '8e0c55a2-4f1e-4a55-9b8f-256800000001';
export const DEADLINE_Q2_ID = '8e0c55a2-4f1e-4a55-9b8f-256800000002';

export function createDeadlineRef(overrides: Partial<DeadlineRef> = {}): DeadlineRef {
  return {
    id: DEADLINE_ID,
    kind: 'QUARTERLY_REPORT',
    fiscalYear: 2568,
    quarter: 1,
    titleTh: 'รายงานผลการดำเนินงาน ไตรมาส 1/2568',
    titleEn: 'Operation report Q1 FY2568',
    dueOn: '2024-12-13',
    nationalDueOn: '2024-12-13',
    ...overrides,
  };
}

export function createDeadline(overrides: Partial<Deadline> = {}): Deadline {
  return {
    id: DEADLINE_ID,
    fiscalYear: 2568,
    kind: 'QUARTERLY_REPORT',
    quarter: 1,
    titleTh: 'รายงานผลการดำเนินงาน ไตรมาส 1/2568',
    titleEn: 'Operation report Q1 FY2568',
    dueOn: '2024-12-13',
    holidaysKnown: true,
    version: 0,
    ...overrides,
  };
}

/** Quarterly figures as the API sends them: every type and sector present. */
export function createQuarterlyFigures(): QuarterlyFigures {
  const byType = Object.fromEntries(activityTypes.map((type) => [type, 0]));
  const bySector = Object.fromEntries(sectors.map((sector) => [sector, 0]));
  return {
    kind: 'QUARTERLY',
    compliance: {
      centers: 19,
      compliantCenters: 17,
      nonCompliantCenters: 2,
      rate: 0.8947,
      activities: 42,
      byCategory: { MISSION: 30, DIMENSION: 8, NATIONAL_DAY: 4 },
    },
    activities: {
      activities: 42,
      byType: { ...byType, FRIDGE_AND_MEDICINE_CABINET: 12, THREE_TREES: 18, HEALTH: 8, DEVELOPMENT_VOLUNTEER: 4 },
      participants: { committee: 95, volunteerLeaders: 240, community: 1250, partners: 36, officers: 12 },
      budgetBaht: 12500,
    },
    partnersBySector: { GOVERNMENT: 5, RELIGION: 2, EDUCATION: 3, PRIVATE: 1, PEOPLE: 4, CIVIL_SOCIETY: 0, MEDIA: 1 },
    budgetBySector: { ...bySector, GOVERNMENT: 10000, PRIVATE: 2500.5 },
    centersBySector: { GOVERNMENT: 12, RELIGION: 4, EDUCATION: 6, PRIVATE: 1, PEOPLE: 9, CIVIL_SOCIETY: 0, MEDIA: 1 },
    plan: { centers: 19, plans: 15, confirmed: 12, planRate: 0.7895, lines: 40, done: 31, doneDifferently: 5, doneRate: 0.775 },
  };
}

export function createReport(overrides: Partial<DistrictReport> = {}): DistrictReport {
  return {
    id: 'c3d0a1f2-0000-4000-8000-000000005201',
    deadline: createDeadlineRef(),
    districtCode: '5201',
    district: { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' },
    province: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
    state: 'DRAFT',
    standing: 'DRAFT',
    results: 'ศูนย์ทุกแห่งจัดกิจกรรมตู้เย็นตู้ยารอบบ้าน',
    figures: createQuarterlyFigures(),
    version: 2,
    ...overrides,
  };
}

/** A report the district has not begun: no state, version 0, live figures. */
export function createNotStartedReport(overrides: Partial<DistrictReport> = {}): DistrictReport {
  const { id: _id, state: _state, results: _results, ...rest } = createReport();
  return { ...rest, standing: 'NOT_STARTED', version: 0, ...overrides };
}

export function createMyDeadline(overrides: Partial<MyDeadline> = {}): MyDeadline {
  return { deadline: createDeadlineRef(), daysLeft: 7, standing: 'NOT_STARTED', ...overrides };
}

const zeroCounts = {
  NOT_STARTED: 0,
  DRAFT: 0,
  SUBMITTED_ON_TIME: 0,
  SUBMITTED_LATE: 0,
  RETURNED: 0,
  ACCEPTED: 0,
  MISSING: 0,
};

export function createNationalCompleteness(overrides: Partial<Completeness> = {}): Completeness {
  const q1 = createDeadlineRef();
  const q2 = createDeadlineRef({
    id: DEADLINE_Q2_ID,
    quarter: 2,
    titleTh: 'รายงานผลการดำเนินงาน ไตรมาส 2/2568',
    titleEn: 'Operation report Q2 FY2568',
    dueOn: '2025-03-14',
    nationalDueOn: '2025-03-14',
  });
  return {
    fiscalYear: 2568,
    area: { code: '', nameTh: 'ทั่วประเทศ', nameEn: 'Thailand' },
    deadlines: [q1, q2],
    rows: [
      {
        area: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
        cells: [
          {
            deadlineId: q1.id,
            counts: { ...zeroCounts, SUBMITTED_ON_TIME: 6, SUBMITTED_LATE: 3, ACCEPTED: 2, MISSING: 2 },
            submittedRate: 0.8462,
            onTimeRate: 0.4615,
          },
          { deadlineId: q2.id, counts: { ...zeroCounts, NOT_STARTED: 13 }, submittedRate: 0, onTimeRate: 0 },
        ],
      },
    ],
    totals: [
      {
        deadlineId: q1.id,
        counts: { ...zeroCounts, SUBMITTED_ON_TIME: 6, SUBMITTED_LATE: 3, ACCEPTED: 2, MISSING: 2 },
        submittedRate: 0.8462,
        onTimeRate: 0.4615,
      },
      { deadlineId: q2.id, counts: { ...zeroCounts, NOT_STARTED: 13 }, submittedRate: 0, onTimeRate: 0 },
    ],
    asOf: '2026-11-25T09:00:00+07:00',
    ...overrides,
  };
}

export function createProvinceCompleteness(overrides: Partial<Completeness> = {}): Completeness {
  const national = createNationalCompleteness();
  const [q1, q2] = national.deadlines as [DeadlineRef, DeadlineRef];
  return {
    ...national,
    area: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
    rows: [
      {
        area: { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' },
        cells: [
          { deadlineId: q1.id, standing: 'ACCEPTED' },
          { deadlineId: q2.id, standing: 'NOT_STARTED' },
        ],
      },
      {
        area: { code: '5202', nameTh: 'แม่เมาะ', nameEn: 'Mae Mo' },
        cells: [
          { deadlineId: q1.id, standing: 'SUBMITTED_LATE' },
          { deadlineId: q2.id, standing: 'MISSING' },
        ],
      },
    ],
    totals: [
      { deadlineId: q1.id, counts: { ...zeroCounts, ACCEPTED: 1, SUBMITTED_LATE: 1 }, submittedRate: 1, onTimeRate: 0 },
      { deadlineId: q2.id, counts: { ...zeroCounts, NOT_STARTED: 1, MISSING: 1 }, submittedRate: 0, onTimeRate: 0 },
    ],
    ...overrides,
  };
}

const LAMPANG = { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' };
const MUEANG_LAMPANG = { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' };
const MAE_MO = { code: '5202', nameTh: 'แม่เมาะ', nameEn: 'Mae Mo' };

/**
 * Lampang's draft report to the department: two districts, Mueang Lampang's submitted narrative to
 * quote from, no due date set by the department yet.
 */
export function createProvinceReport(overrides: Partial<ProvinceReport> = {}): ProvinceReport {
  return {
    id: 'c3d0a1f2-0000-4000-8000-000000000052',
    deadline: createDeadlineRef(),
    provinceCode: '52',
    province: LAMPANG,
    state: 'DRAFT',
    standing: 'DRAFT',
    results: 'ทุกอำเภอจัดกิจกรรมครบตามแผน',
    figures: createQuarterlyFigures(),
    districts: [
      { district: MUEANG_LAMPANG, standing: 'ACCEPTED', submittedAt: '2024-12-10T03:00:00Z', onTime: true },
      { district: MAE_MO, standing: 'MISSING' },
    ],
    narratives: [
      {
        district: MUEANG_LAMPANG,
        results: 'ศูนย์ทุกแห่งจัดกิจกรรมตู้เย็นตู้ยารอบบ้าน',
        problems: 'ฝนตกหนักในเดือนพฤศจิกายน',
      },
    ],
    version: 3,
    ...overrides,
  };
}

/** A province report nobody has begun: no state, version 0, live figures. */
export function createNotStartedProvinceReport(overrides: Partial<ProvinceReport> = {}): ProvinceReport {
  const { id: _id, state: _state, results: _results, ...rest } = createProvinceReport();
  return { ...rest, standing: 'NOT_STARTED', version: 0, ...overrides };
}

export function createProvinceStanding(overrides: Partial<ProvinceStanding> = {}): ProvinceStanding {
  return { province: LAMPANG, standing: 'NOT_STARTED', version: 0, ...overrides };
}

/** The department's queue of a deadline: Lampang submitted, Chiang Mai in draft, Lamphun not started. */
export function createProvinceReportList(overrides: Partial<ProvinceReportList> = {}): ProvinceReportList {
  return {
    deadline: createDeadlineRef(),
    provinces: [
      createProvinceStanding({ state: 'SUBMITTED', standing: 'SUBMITTED', submittedAt: '2024-12-20T03:00:00Z', version: 4 }),
      createProvinceStanding({
        province: { code: '50', nameTh: 'เชียงใหม่', nameEn: 'Chiang Mai' },
        state: 'DRAFT',
        standing: 'DRAFT',
        version: 1,
      }),
      createProvinceStanding({ province: { code: '51', nameTh: 'ลำพูน', nameEn: 'Lamphun' } }),
    ],
    ...overrides,
  };
}

/** The department's roll-up of Q1 2568: Lampang counted with its submitted report, Lamphun from its districts. */
export function createNationalReport(overrides: Partial<NationalReport> = {}): NationalReport {
  const figures = createQuarterlyFigures();
  const districts = { NOT_STARTED: 0, DRAFT: 0, SUBMITTED_ON_TIME: 10, SUBMITTED_LATE: 2, RETURNED: 0, ACCEPTED: 0, MISSING: 1 };
  return {
    deadline: createDeadlineRef(),
    totals: figures,
    districtReports: districts,
    districtsOnTimeRate: 0.7692,
    provinceReports: { SUBMITTED: 1, NOT_STARTED: 1 },
    provinces: [
      { province: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' }, figures, asSubmitted: true, provinceReport: 'SUBMITTED', districtReports: districts },
      { province: { code: '51', nameTh: 'ลำพูน', nameEn: 'Lamphun' }, figures, asSubmitted: false, provinceReport: 'NOT_STARTED', districtReports: districts },
    ],
    asOf: '2024-12-20T03:00:00Z',
    ...overrides,
  };
}

/** The department's roll-up of fiscal year 2568: Q1 and Q2 reported, Q3 and Q4 not yet; Lampang alone. */
export function createNationalYearReport(overrides: Partial<NationalYearReport> = {}): NationalYearReport {
  const quarter = createQuarterlyFigures();
  const compliance = (compliantCenters: number) => ({
    ...quarter.compliance,
    compliantCenters,
    nonCompliantCenters: quarter.compliance.centers - compliantCenters,
    rate: compliantCenters / quarter.compliance.centers,
  });
  const figures = {
    complianceByQuarter: [compliance(17), compliance(19), compliance(0), compliance(0)],
    activities: { ...quarter.activities, activities: 84 },
    partnersBySector: quarter.partnersBySector,
    budgetBySector: quarter.budgetBySector,
  };
  const districts = { NOT_STARTED: 26, DRAFT: 0, SUBMITTED_ON_TIME: 20, SUBMITTED_LATE: 4, RETURNED: 0, ACCEPTED: 0, MISSING: 2 };
  const deadlines = [1, 2, 3, 4].map((q) =>
    createDeadlineRef({ id: `${DEADLINE_ID.slice(0, -1)}${q}`, quarter: q, titleTh: `รายงานผลการดำเนินงาน ไตรมาส ${q}/2568` }),
  );
  return {
    fiscalYear: 2568,
    deadlines,
    totals: figures,
    districtReports: districts,
    provinceReports: { ACCEPTED: 1, SUBMITTED_LATE: 1, NOT_STARTED: 2 },
    provinces: [
      {
        province: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
        figures,
        provinceReports: ['ACCEPTED', 'SUBMITTED_LATE', 'NOT_STARTED', 'NOT_STARTED'],
        districtReports: districts,
      },
    ],
    asOf: '2025-04-01T03:00:00Z',
    ...overrides,
  };
}
