import type { Plan } from '../api/get-plan';
import type { PlanSummary } from '@/lib/plan-summary';

export const CENTER_ID = '0b9f3c52-1c3e-4a43-9d55-000000000001';

/** Wiang Nuea's draft plan: a Q1 health activity done, a Q1 mission done differently, a Q2 line not yet. */
export function createPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'd1000000-0000-4000-8000-000000000001',
    centerId: CENTER_ID,
    centerName: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ',
    subdistrictCode: '520101',
    fiscalYear: 2570,
    state: 'DRAFT',
    targetActivities: 8,
    targetParticipants: 240,
    lines: [
      { position: 1, quarter: 1, type: 'HEALTH', title: 'ตรวจสุขภาพผู้สูงอายุ', expectedParticipants: 30, status: 'DONE' },
      { position: 2, quarter: 1, type: 'THREE_TREES', title: 'ปลูกไม้สามอย่าง', status: 'DONE_DIFFERENTLY' },
      { position: 3, quarter: 2, type: 'HEALTH', title: 'ออกกำลังกาย', status: 'NOT_YET' },
    ],
    progress: { lines: 3, done: 1, doneDifferently: 1, notYet: 1 },
    version: 0,
    createdAt: '2026-10-20T10:00:00+07:00',
    createdBy: 'demo.district5201',
    updatedAt: '2026-10-20T10:00:00+07:00',
    updatedBy: 'demo.district5201',
    ...overrides,
  };
}

export function createPlanSummary(): PlanSummary {
  const area = { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' };
  const row = { area: { code: '520101', nameTh: 'เวียงเหนือ', nameEn: 'Wiang Nuea' }, centers: 2, plans: 1, confirmed: 1, planRate: 0.5, lines: 4, done: 3, doneRate: 0.75 };
  return { fiscalYear: 2570, area, rows: [row], totals: { ...row, area } };
}
