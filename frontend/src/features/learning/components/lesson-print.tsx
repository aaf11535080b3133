import '@/components/print-page.css';
import { useThaiPrint } from '@/lib/thai-print';
import type { Lesson } from '../api/get-lesson';

type LessonPrintProps = { lesson: Lesson; thaiDigits: boolean };

const sections = ['problem', 'actions', 'results', 'successFactors', 'advice'] as const;

/**
 * A lesson on one A4 page in Sarabun, in Thai whatever the screen's language: the title, where,
 * the five parts of the story, what it concerns, the partners, and its stable link.
 */
export function LessonPrint({ lesson, thaiDigits }: LessonPrintProps) {
  const { t, digits } = useThaiPrint('lessons', thaiDigits);
  const where = [lesson.centerName, lesson.district?.nameTh, lesson.province?.nameTh].filter(Boolean).join(' · ');
  return (
    <article className="cdvl-print-page" lang="th" aria-label={t('print.title')}>
      <h1>{t('print.title')}</h1>
      <p className="cdvl-print-page-meta">
        {digits(lesson.title)}
        <br />
        {digits(where)}
        <br />
        {t('print.fiscalYear', { year: digits(lesson.fiscalYear) })}
      </p>
      {sections.map((section) => (
        <section key={section}>
          <h2>{t(`field.${section}`)}</h2>
          <p style={{ whiteSpace: 'pre-wrap' }}>{digits(lesson[section])}</p>
        </section>
      ))}
      <section>
        <h2>{t('field.topics')}</h2>
        <p>{lesson.topics.map((topic) => t(`activityType.${topic}`, { ns: 'common' })).join(', ')}</p>
      </section>
      {lesson.partners.length > 0 && (
        <section>
          <h2>{t('field.partners')}</h2>
          <p>{lesson.partners.map((p) => p.name).join(', ')}</p>
        </section>
      )}
      <p className="cdvl-print-page-meta">{`${window.location.origin}/lessons/${lesson.id}`}</p>
    </article>
  );
}
