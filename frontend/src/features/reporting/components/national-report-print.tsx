import './report-print.css';
import { useThaiPrint } from '@/lib/thai-print';
import type { NationalReport } from '../api/get-national-report';
import { partnerBudgetOf, partnersOf, participantsOf } from '../utils/figure-tables';
import { formatFigure } from '../utils/format-figure';
import { printPeriod } from '../utils/print-title';
import { submittedOf, totalOf } from '../utils/standings';
import { PrintFigures, PrintReportCounts } from './report-print-parts';
import { provinceStandings } from './standing-badge';

type NationalReportPrintProps = { report: NationalReport; thaiDigits: boolean };

/**
 * The department's summary of a quarter on A4: the nation's figures as the form's tables, how the
 * district and province reports stand, and a line per province. A province that has not submitted
 * is counted from its districts and marked so. Official documents are Thai, whatever the screen's language.
 */
export function NationalReportPrint({ report, thaiDigits }: NationalReportPrintProps) {
  const { t, digits, longDate, count, percent } = useThaiPrint('reporting', thaiDigits);
  const { deadline } = report;
  const title = t('print.national.title');
  const asSubmitted = report.provinces.filter((p) => p.asSubmitted).length;

  return (
    <article className="cdvl-report-print" lang="th" aria-label={title}>
      <h1>{title}</h1>
      <p className="cdvl-report-print-meta">
        {t('print.national.department')}
        <br />
        {digits(printPeriod(t, deadline))}
        <br />
        {t('print.districtsDueOn', { date: longDate(deadline.dueOn) })}
        <br />
        {t('print.provinceDueOn', { date: report.provinceReportDueOn ? longDate(report.provinceReportDueOn) : t('provinceReport.noDate') })}
        <br />
        {t('print.national.asOf', { date: longDate(report.asOf) })}
      </p>
      <p>{t('nationalReport.sources', { submitted: count(asSubmitted), provinces: count(report.provinces.length) })}</p>
      <PrintFigures figures={report.totals} t={t} thaiDigits={thaiDigits} />
      <section>
        <h2>{t('print.national.sections.timeliness', { no: digits(2) })}</h2>
        <PrintReportCounts
          standings={provinceStandings}
          districtReports={report.districtReports}
          provinceReports={report.provinceReports}
          t={t}
          thaiDigits={thaiDigits}
        />
        {report.districtsOnTimeRate != null && (
          <p>{t('nationalReport.districtsOnTime', { rate: percent(report.districtsOnTimeRate) })}</p>
        )}
      </section>
      <section>
        <h2>{t('print.national.sections.provinces', { no: digits(3) })}</h2>
        <table className="cdvl-report-print-compact">
          <caption>{t('print.national.provinces.caption', { count: digits(report.provinces.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('print.national.provinces.province')}</th>
              <th scope="col">{t('print.national.provinces.centers')}</th>
              <th scope="col">{t('print.national.provinces.compliant')}</th>
              <th scope="col">{t('print.national.provinces.rate')}</th>
              <th scope="col">{t('print.national.provinces.activities')}</th>
              <th scope="col">{t('print.national.provinces.participants')}</th>
              <th scope="col">{t('print.national.provinces.partners')}</th>
              <th scope="col">{t('print.national.provinces.budget')}</th>
              <th scope="col">{t('print.national.provinces.provinceReport')}</th>
              <th scope="col">{t('print.national.provinces.districts')}</th>
            </tr>
          </thead>
          <tbody>
            {report.provinces.map(({ province, figures, asSubmitted: submitted, provinceReport, districtReports }) => (
              <tr key={province.code}>
                <th scope="row">
                  {province.nameTh}
                  {!submitted && ' *'}
                </th>
                <td className="cdvl-report-print-number">{count(figures.compliance.centers)}</td>
                <td className="cdvl-report-print-number">{count(figures.compliance.compliantCenters)}</td>
                <td className="cdvl-report-print-number">{percent(figures.compliance.rate)}</td>
                <td className="cdvl-report-print-number">{count(figures.activities.activities)}</td>
                <td className="cdvl-report-print-number">{count(participantsOf(figures.activities))}</td>
                <td className="cdvl-report-print-number">{count(partnersOf(figures))}</td>
                <td className="cdvl-report-print-number">{formatFigure(partnerBudgetOf(figures), 'baht', 'th', thaiDigits)}</td>
                <td>{t(`standing.${provinceReport}`)}</td>
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
        <p>{t('print.national.provinces.fromDistricts')}</p>
      </section>
    </article>
  );
}
