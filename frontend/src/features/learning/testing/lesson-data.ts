import type { Lesson } from '../api/get-lesson';
import type { LessonSummary } from '../api/get-lessons';

export const LESSON_ID = '5e550000-0000-4000-8000-000000000001';

const area = (code: string, nameTh: string, nameEn: string) => ({ code, nameTh, nameEn });

/** A lesson of Mueang Lampang about compost, as the API answers it to its own area. */
export function createLesson(overrides: Partial<Lesson> = {}): Lesson {
  return {
    id: LESSON_ID,
    centerId: '0b9f3c52-1c3e-4a43-9d55-000000000001',
    centerName: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ',
    subdistrictCode: '520101',
    subdistrict: area('520101', 'เวียงเหนือ', 'Wiang Nuea'),
    district: area('5201', 'เมืองลำปาง', 'Mueang Lampang'),
    province: area('52', 'ลำปาง', 'Lampang'),
    fiscalYear: 2568,
    state: 'DRAFT',
    title: 'ปุ๋ยหมักจากเศษใบไม้',
    problem: 'ครัวเรือนใช้ปุ๋ยเคมีราคาแพง',
    actions: 'ชุมชนร่วมกันทำปุ๋ยหมักจากเศษใบไม้',
    results: 'ลดรายจ่าย 35 ครัวเรือน',
    successFactors: 'ผู้นำลงมือทำเป็นตัวอย่าง',
    advice: 'เริ่มจากครัวเรือนต้นแบบ',
    topics: ['WASTE_FOR_GOLD'],
    activityIds: [],
    partners: [{ partnerId: 'a0000000-0000-4000-8000-000000000001', name: 'โรงเรียนบ้านป่าขาม' }],
    photos: [],
    version: 0,
    createdAt: '2024-12-10T09:00:00+07:00',
    createdBy: 'demo.district5201',
    updatedAt: '2024-12-10T09:00:00+07:00',
    updatedBy: 'demo.district5201',
    ...overrides,
  };
}

export function createLessonSummary(overrides: Partial<LessonSummary> = {}): LessonSummary {
  const lesson = createLesson({ state: 'PUBLISHED' });
  return {
    id: lesson.id,
    centerId: lesson.centerId,
    centerName: lesson.centerName,
    subdistrictCode: lesson.subdistrictCode,
    district: lesson.district,
    province: lesson.province,
    fiscalYear: lesson.fiscalYear,
    state: 'PUBLISHED',
    title: lesson.title,
    excerpt: lesson.results,
    topics: lesson.topics,
    publishedAt: '2024-12-20T09:00:00+07:00',
    version: 3,
    updatedAt: '2024-12-20T09:00:00+07:00',
    ...overrides,
  };
}
