import './report-print.css';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/dates';
import type { DeadlineRef } from '../api/get-deadlines';
import type { DistrictReport } from '../api/get-district-report';
import { sumFigures } from '../utils/sum-figures';
import { printPeriod, printTitle } from '../utils/print-title';
import { digitsFor, PrintFigures, PrintSignature } from './report-print-parts';

type ProvinceReportPrintProps = {
  deadline: DeadlineRef;
  provinceName: string;
  reports: DistrictReport[];
  thaiDigits: boolean;
};

/** The province's roll-up of its districts' reports: who reported, and their figures added up. */
export function ProvinceReportPrint({ deadline, provinceName, reports, thaiDigits }: ProvinceReportPrintProps) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('th', 'reporting');
  const digits = digitsFor(thaiDigits);
  const date = (value: string) => formatDate(value, 'th', { thaiDigits });
  const title = printTitle(t, deadline);
  const total = sumFigures(reports.map((report) => report.figures));

  return (
    <article className="cdvl-report-print" lang="th" aria-label={title}>
      <h1>{title}</h1>
      <p className="cdvl-report-print-meta">
        {t('print.rollUp')}
        <br />
        {digits(printPeriod(t, deadline))}
        <br />
        {t('print.province', { province: provinceName })}
        <br />
        {t('print.dueOn', { date: formatDate(deadline.dueOn, 'th', { style: 'long', thaiDigits }) })}
      </p>
      <section>
        <h2>{t('print.sections.standings', { no: digits(1) })}</h2>
        <table>
          <caption>{t('print.standings.caption', { count: digits(reports.length) })}</caption>
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
            {reports.map((report, index) => (
              <tr key={report.districtCode}>
                <td className="cdvl-report-print-number">{digits(index + 1)}</td>
                <th scope="row">{report.district.nameTh}</th>
                <td>{t(`standing.${report.standing}`)}</td>
                <td>{report.submittedAt ? date(report.submittedAt) : '–'}</td>
                <td>{report.submittedAt ? t(report.onTime ? 'timeliness.onTime' : 'timeliness.late') : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {total && (
        <>
          <p>{t('print.rollUpNote')}</p>
          <PrintFigures figures={total} t={t} thaiDigits={thaiDigits} no={2} />
        </>
      )}
      <PrintSignature t={t} />
    </article>
  );
}
