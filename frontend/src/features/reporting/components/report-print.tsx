import './report-print.css';
import { useThaiPrint } from '@/lib/thai-print';
import type { DistrictReport } from '../api/get-district-report';
import { reportToNarrative } from '../utils/narrative';
import { PrintFigures, PrintNarrative, PrintSignature } from './report-print-parts';
import { printPeriod, printTitle } from '../utils/print-title';

type ReportPrintProps = { report: DistrictReport; thaiDigits: boolean };

/** The printable form (enclosure 2). Official forms are Thai, whatever language the screen uses. */
export function ReportPrint({ report, thaiDigits }: ReportPrintProps) {
  const { t, digits, longDate: date } = useThaiPrint('reporting', thaiDigits);
  const title = printTitle(t, report.deadline);

  return (
    <article className="cdvl-report-print" lang="th" aria-label={title}>
      <h1>{title}</h1>
      <p className="cdvl-report-print-meta">
        {digits(printPeriod(t, report.deadline))}
        <br />
        {t('print.district', { district: report.district.nameTh, province: report.province?.nameTh ?? '' })}
        <br />
        {t('print.dueOn', { date: date(report.deadline.dueOn) })}
        {report.submittedAt && (
          <>
            <br />
            {t('print.submittedOn', {
              date: date(report.submittedAt),
              timeliness: t(report.onTime ? 'timeliness.onTime' : 'timeliness.late'),
            })}
          </>
        )}
      </p>
      <PrintFigures figures={report.figures} t={t} thaiDigits={thaiDigits} />
      <PrintNarrative narrative={reportToNarrative(report)} t={t} thaiDigits={thaiDigits} />
      <PrintSignature t={t} />
    </article>
  );
}
