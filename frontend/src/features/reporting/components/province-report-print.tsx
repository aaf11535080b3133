import './report-print.css';
import { useThaiPrint } from '@/lib/thai-print';
import type { ProvinceReport } from '../api/get-province-report';
import { reportToNarrative } from '../utils/narrative';
import { printPeriod, printTitle } from '../utils/print-title';
import { PrintFigures, PrintNarrative, PrintSignature } from './report-print-parts';

type ProvinceReportPrintProps = { report: ProvinceReport; thaiDigits: boolean };

/**
 * The province's report to the department as the printable form: its districts' figures summed,
 * the province's narrative (quarterly reports only), and where each district's report stands.
 * Official forms are Thai, whatever language the screen uses.
 */
export function ProvinceReportPrint({ report, thaiDigits }: ProvinceReportPrintProps) {
  const { t, digits, shortDate, longDate } = useThaiPrint('reporting', thaiDigits);
  const { deadline } = report;
  const title = printTitle(t, deadline);
  const quarterly = deadline.kind === 'QUARTERLY_REPORT';
  const frozen = report.state === 'SUBMITTED' || report.state === 'ACCEPTED';
  // Figures are section 1, the four narrative parts 2 to 5 when there are any, the districts last.
  const standingsNo = quarterly ? 6 : 2;

  return (
    <article className="cdvl-report-print" lang="th" aria-label={title}>
      <h1>{title}</h1>
      <p className="cdvl-report-print-meta">
        {t('print.rollUp')}
        <br />
        {digits(printPeriod(t, deadline))}
        <br />
        {t('print.province', { province: report.province.nameTh })}
        <br />
        {quarterly && (
          <>
            {t('print.provinceDueOn', { date: report.dueOn ? longDate(report.dueOn) : t('provinceReport.noDate') })}
            <br />
          </>
        )}
        {t('print.districtsDueOn', { date: longDate(deadline.dueOn) })}
        {report.state && (
          <>
            <br />
            {t('print.standing', { standing: t(`standing.${report.standing}`) })}
          </>
        )}
        {report.submittedAt && (
          <>
            <br />
            {report.onTime === undefined
              ? t('print.submittedOnUnjudged', { date: longDate(report.submittedAt) })
              : t('print.submittedOn', {
                  date: longDate(report.submittedAt),
                  timeliness: t(report.onTime ? 'timeliness.onTime' : 'timeliness.late'),
                })}
          </>
        )}
      </p>
      <p>{t(frozen ? 'print.rollUpFrozen' : 'print.rollUpNote')}</p>
      <PrintFigures figures={report.figures} t={t} thaiDigits={thaiDigits} />
      {quarterly && <PrintNarrative narrative={reportToNarrative(report)} t={t} thaiDigits={thaiDigits} />}
      <section>
        <h2>{t('print.sections.standings', { no: digits(standingsNo) })}</h2>
        <table>
          <caption>{t('print.standings.caption', { count: digits(report.districts.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('print.standings.no')}</th>
              <th scope="col">{t('print.standings.district')}</th>
              <th scope="col">{t('print.standings.standing')}</th>
              <th scope="col">{t('print.standings.submittedAt')}</th>
              <th scope="col">{t('print.standings.timeliness')}</th>
            </tr>
          </thead>
          <tbody>
            {report.districts.map(({ district, standing, submittedAt, onTime }, index) => (
              <tr key={district.code}>
                <td className="cdvl-report-print-number">{digits(index + 1)}</td>
                <th scope="row">{district.nameTh}</th>
                <td>{t(`standing.${standing}`)}</td>
                <td>{submittedAt ? shortDate(submittedAt) : '–'}</td>
                <td>{submittedAt && onTime !== undefined ? t(onTime ? 'timeliness.onTime' : 'timeliness.late') : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <PrintSignature t={t} />
    </article>
  );
}
