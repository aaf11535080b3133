import './report-print.css';
import { useThaiPrint } from '@/lib/thai-print';
import type { NationalYearReport } from '../api/get-national-year-report';
import { participantsOf, partnerBudgetOf, yearFigureTables } from '../utils/figure-tables';
import { formatFigure } from '../utils/format-figure';
import { submittedOf, submittedStandings, totalOf } from '../utils/standings';
import { PrintReportCounts, PrintTable } from './report-print-parts';
import { provinceStandings } from './standing-badge';

type NationalYearReportPrintProps = { report: NationalYearReport; thaiDigits: boolean };

/**
 * The department's summary of a fiscal year on A4: compliance quarter by quarter, the year's
 * activities, participants and partners, how the four quarters' reports stand, and a line per
 * province. Official documents are Thai, whatever the screen's language.
 */
export function NationalYearReportPrint({ report, thaiDigits }: NationalYearReportPrintProps) {
  const { t, digits, longDate, count, percent } = useThaiPrint('reporting', thaiDigits);
  const title = t('print.national.title');
  const quarters = report.totals.complianceByQuarter.map((_, index) => index + 1);

  return (
    <article className="cdvl-report-print" lang="th" aria-label={title}>
      <h1>{title}</h1>
      <p className="cdvl-report-print-meta">
        {t('print.national.department')}
        <br />
        {digits(t('print.year', { year: report.fiscalYear }))}
        <br />
        {t('print.national.asOf', { date: longDate(report.asOf) })}
      </p>
      <p>{t('print.national.yearNote')}</p>
      <section>
        <h2>{t('print.sections.figures', { no: digits(1) })}</h2>
        {yearFigureTables(report.totals).map((table) => (
          <PrintTable key={table.id} table={table} t={t} thaiDigits={thaiDigits} />
        ))}
        <p>{t('figures.budget', { amount: formatFigure(report.totals.activities.budgetBaht, 'baht', 'th', thaiDigits) })}</p>
      </section>
      <section>
        <h2>{t('print.national.sections.timeliness', { no: digits(2) })}</h2>
        <PrintReportCounts
          standings={provinceStandings}
          districtReports={report.districtReports}
          provinceReports={report.provinceReports}
          t={t}
          thaiDigits={thaiDigits}
        />
      </section>
      <section>
        <h2>{t('print.national.sections.provinces', { no: digits(3) })}</h2>
        <table className="cdvl-report-print-compact">
          <caption>{t('print.national.provinces.caption', { count: digits(report.provinces.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('print.national.provinces.province')}</th>
              {quarters.map((quarter) => (
                <th key={quarter} scope="col">
                  {digits(t('print.national.provinces.rateOfQuarter', { quarter }))}
                </th>
              ))}
              <th scope="col">{t('print.national.provinces.activities')}</th>
              <th scope="col">{t('print.national.provinces.participants')}</th>
              <th scope="col">{t('print.national.provinces.budget')}</th>
              <th scope="col">{t('print.national.provinces.provinceReports')}</th>
              <th scope="col">{t('print.national.provinces.districts')}</th>
            </tr>
          </thead>
          <tbody>
            {report.provinces.map(({ province, figures, provinceReports, districtReports }) => (
              <tr key={province.code}>
                <th scope="row">{province.nameTh}</th>
                {figures.complianceByQuarter.map((compliance, index) => (
                  <td key={index} className="cdvl-report-print-number">
                    {percent(compliance.rate)}
                  </td>
                ))}
                <td className="cdvl-report-print-number">{count(figures.activities.activities)}</td>
                <td className="cdvl-report-print-number">{count(participantsOf(figures.activities))}</td>
                <td className="cdvl-report-print-number">{formatFigure(partnerBudgetOf(figures), 'baht', 'th', thaiDigits)}</td>
                <td className="cdvl-report-print-number">
                  {t('print.national.provinces.ofQuarters', {
                    submitted: count(provinceReports.filter((standing) => submittedStandings.includes(standing)).length),
                    total: count(provinceReports.length),
                  })}
                </td>
                <td className="cdvl-report-print-number">
                  {t('print.national.provinces.ofDistricts', {
                    submitted: count(submittedOf(districtReports)),
                    total: count(totalOf(districtReports)),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{t('print.national.provinces.yearColumns')}</p>
      </section>
    </article>
  );
}
