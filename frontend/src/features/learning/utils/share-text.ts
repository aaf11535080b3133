import type { TFunction } from 'i18next';
import { localizedName } from '@/lib/localized-name';
import type { Lesson } from '../api/get-lesson';

/**
 * The short text people paste into a LINE group: the title, where (center, district, province) and
 * the lesson's stable link. Names come in the language of the screen.
 */
export function shareText(t: TFunction, lesson: Lesson, lang: string, origin: string): string {
  return t('share.text', {
    title: lesson.title,
    center: lesson.centerName ?? '',
    district: lesson.district ? localizedName(lesson.district, lang) : '',
    province: lesson.province ? localizedName(lesson.province, lang) : '',
    link: `${origin}/lessons/${lesson.id}`,
  });
}
