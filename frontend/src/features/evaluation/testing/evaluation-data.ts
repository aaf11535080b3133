import type { CenterRanking } from '../api/get-rankings';
import type { VisitCoverage } from '../api/get-coverage';
import type { Rubric } from '../api/get-rubric';
import type { Visit } from '../api/get-visit';
import type { VisitSummary } from '../api/get-visits';

export const VISIT_ID = '7a5e0c11-0000-4000-8000-000000000001';
export const CENTER_ID = '0b9f3c52-1c3e-4a43-9d55-000000000001';
const MUEANG_LAMPANG = { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' };

/** FY2568's rubric: three criteria weighted 40/30/30 and three levels. */
export function createRubric(overrides: Partial<Rubric> = {}): Rubric {
  return {
    id: 'ab000000-0000-4000-8000-000000002568',
    fiscalYear: 2568,
    revision: 1,
    criteria: [
      { id: 'c1000000-0000-4000-8000-000000000001', position: 1, name: 'การจัดกิจกรรมต่อเนื่อง', description: 'อย่างน้อยไตรมาสละครั้ง', weight: 40 },
      { id: 'c1000000-0000-4000-8000-000000000002', position: 2, name: 'การมีส่วนร่วมของภาคี', weight: 30 },
      { id: 'c1000000-0000-4000-8000-000000000003', position: 3, name: 'การบันทึกข้อมูล', weight: 30 },
    ],
    levels: [
      { name: 'ดีเด่น', minScore: 4.5 },
      { name: 'ดี', minScore: 3.5 },
      { name: 'พัฒนา', minScore: 1 },
    ],
    frozen: false,
    version: 0,
    ...overrides,
  };
}

export function createVisit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: VISIT_ID,
    centerId: CENTER_ID,
    centerName: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ',
    subdistrictCode: '520101',
    district: MUEANG_LAMPANG,
    fiscalYear: 2568,
    quarter: 2,
    visitedOn: '2025-01-20',
    visitors: 'นายสมชาย ใจดี พัฒนาการอำเภอ',
    rubricId: 'ab000000-0000-4000-8000-000000002568',
    rubricRevision: 1,
    scores: [
      { criterionId: 'c1000000-0000-4000-8000-000000000001', position: 1, name: 'การจัดกิจกรรมต่อเนื่อง', weight: 40, score: 5 },
      { criterionId: 'c1000000-0000-4000-8000-000000000002', position: 2, name: 'การมีส่วนร่วมของภาคี', weight: 30, score: 4, note: 'ภาคีเอกชนยังน้อย' },
      { criterionId: 'c1000000-0000-4000-8000-000000000003', position: 3, name: 'การบันทึกข้อมูล', weight: 30, score: 3 },
    ],
    total: 4.1,
    level: 'ดี',
    strengths: 'จัดกิจกรรมสม่ำเสมอ',
    followUp: 'เพิ่มภาคีภาคเอกชน',
    followUpDueOn: '2025-03-31',
    followUpOverdue: true,
    photos: [],
    version: 0,
    createdAt: '2025-01-20T10:00:00+07:00',
    createdBy: 'demo.district5201',
    updatedAt: '2025-01-20T10:00:00+07:00',
    updatedBy: 'demo.district5201',
    ...overrides,
  };
}

export function createVisitSummary(overrides: Partial<VisitSummary> = {}): VisitSummary {
  return {
    id: VISIT_ID,
    centerId: CENTER_ID,
    centerName: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ',
    subdistrictCode: '520101',
    district: MUEANG_LAMPANG,
    fiscalYear: 2568,
    quarter: 2,
    visitedOn: '2025-01-20',
    total: 4.1,
    level: 'ดี',
    followUpDueOn: '2025-03-31',
    followUpOverdue: true,
    version: 0,
    ...overrides,
  };
}

export function createRankings(): CenterRanking[] {
  const row = (rank: number, name: string, total: number, level: string): CenterRanking => ({
    rank,
    centerId: `${CENTER_ID.slice(0, -1)}${rank}${name.length}`,
    centerName: name,
    subdistrictCode: '520101',
    district: MUEANG_LAMPANG,
    total,
    level,
    visitedOn: '2025-01-20',
    visitId: VISIT_ID,
  });
  return [row(1, 'ศูนย์หัวเวียง', 4.7, 'ดีเด่น'), row(2, 'ศูนย์เวียงเหนือ', 4.1, 'ดี'), row(2, 'ศูนย์สวนดอก', 4.1, 'ดี')];
}

export function createCoverage(): VisitCoverage {
  return {
    fiscalYear: 2568,
    area: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
    rows: [{ area: MUEANG_LAMPANG, centers: 19, visited: [4, 10, 0, 0], rates: [0.2105, 0.5263, 0, 0] }],
    totals: { area: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' }, centers: 19, visited: [4, 10, 0, 0], rates: [0.2105, 0.5263, 0, 0] },
  };
}
