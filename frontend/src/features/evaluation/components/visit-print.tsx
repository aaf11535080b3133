import '@/components/print-page.css';
import { useThaiPrint } from '@/lib/thai-print';
import type { Visit } from '../api/get-visit';

type VisitPrintProps = { visit: Visit; thaiDigits: boolean };

/**
 * The visit report on A4 in Sarabun: the center, when and by whom, the score per criterion with its
 * weight, the weighted total and level, what was found, advised and is to be followed up. Official
 * documents are Thai, whatever language the screen uses.
 */
export function VisitPrint({ visit, thaiDigits }: VisitPrintProps) {
  const { t, digits, longDate, twoDecimals } = useThaiPrint('evaluation', thaiDigits);
  const paragraph = (label: string, text?: string) =>
    text && (
      <section>
        <h2>{label}</h2>
        <p className="cdvl-print-page-text">{digits(text)}</p>
      </section>
    );

  return (
    <article className="cdvl-print-page" lang="th" aria-label={t('print.title')}>
      <h1>{t('print.title')}</h1>
      <p className="cdvl-print-page-meta">
        {t('print.center', { center: visit.centerName, district: visit.district.nameTh })}
        <br />
        {t('print.visitedOn', { date: longDate(visit.visitedOn) })}
        {visit.visitors && (
          <>
            <br />
            {t('visit.visitors')}: {visit.visitors}
          </>
        )}
      </p>
      <section>
        <h2>{t('visit.scores')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('visit.criterion')}</th>
              <th scope="col">{t('visit.weight')}</th>
              <th scope="col">{t('visit.score')}</th>
            </tr>
          </thead>
          <tbody>
            {visit.scores.map((score) => (
              <tr key={score.criterionId}>
                <th scope="row">
                  {digits(score.position)}. {score.name}
                  {score.note && <div className="cdvl-print-page-aside">{digits(score.note)}</div>}
                </th>
                <td className="cdvl-print-page-number">{digits(score.weight)}</td>
                <td className="cdvl-print-page-number">{digits(score.score)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('visit.total')}</th>
              <td />
              <td className="cdvl-print-page-number">{twoDecimals(visit.total)}</td>
            </tr>
          </tbody>
        </table>
        <p>
          {t('visit.level')}: {visit.level ?? t('visit.noLevel')} · {digits(t('visit.revision', { revision: visit.rubricRevision }))}
        </p>
      </section>
      {paragraph(t('visit.strengths'), visit.strengths)}
      {paragraph(t('visit.advice'), visit.advice)}
      {paragraph(
        t('visit.followUp'),
        visit.followUp && `${visit.followUp}${visit.followUpDueOn ? ` (${t('visit.followUpDue', { date: longDate(visit.followUpDueOn) })})` : ''}`,
      )}
    </article>
  );
}
