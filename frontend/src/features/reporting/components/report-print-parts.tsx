import type { TFunction } from 'i18next';
import { toThaiDigits } from '@/lib/dates';
import { digitsFor } from '@/lib/thai-print';
import { narrativeFields, type NarrativeValues } from '../utils/narrative';
import type { Standing } from '../api/get-district-report';
import { figureTables, labelText, type FigureTable, type ReportFigures } from '../utils/figure-tables';
import { totalOf } from '../utils/standings';
import { formatFigure } from '../utils/format-figure';


type PrintProps = { t: TFunction; thaiDigits: boolean };

/** One table of figures as the form prints it. */
export function PrintTable({ table, t, thaiDigits }: PrintProps & { table: FigureTable }) {
  const text = (label: FigureTable['caption']) => labelText(t, label);
  return (
    <table>
      <caption>{text(table.caption)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('figures.columns.item')}</th>
          {table.columns.map((column, index) => (
            // Columns are fixed per table; quarters share a label key, so the place tells them apart.
            <th key={index} scope="col">
              {text(column.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) =>
          row.kind === 'group' ? (
            <tr key={row.id} className="cdvl-report-print-group">
              <th scope="colgroup" colSpan={table.columns.length + 1}>
                {thaiDigits ? toThaiDigits(text(row.label)) : text(row.label)}
              </th>
            </tr>
          ) : (
            <tr key={row.id} className={row.kind === 'item' ? 'cdvl-report-print-item' : 'cdvl-report-print-total'}>
              <th scope="row">{thaiDigits ? toThaiDigits(text(row.label)) : text(row.label)}</th>
              {row.values.map((value, index) => (
                <td key={index} className="cdvl-report-print-number">
                  {formatFigure(value, row.format ?? table.columns[index]?.format ?? 'count', 'th', thaiDigits)}
                </td>
              ))}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/** The figures part of the form (section 1 of a district's report). */
export function PrintFigures({ figures, t, thaiDigits, no = 1 }: PrintProps & { figures: ReportFigures; no?: number }) {
  const digits = digitsFor(thaiDigits);
  return (
    <section>
      <h2>{t('print.sections.figures', { no: digits(no) })}</h2>
      {figureTables(figures).map((table) => (
        <PrintTable key={table.id} table={table} t={t} thaiDigits={thaiDigits} />
      ))}
      {figures.kind === 'QUARTERLY' && (
        <p>{t('figures.budget', { amount: formatFigure(figures.activities.budgetBaht, 'baht', 'th', thaiDigits) })}</p>
      )}
    </section>
  );
}

const BLANK_LINES = 3;

/**
 * The narrative parts, sections 2 to 5; an empty part keeps dotted lines to write on. Thai digits
 * apply to the district's own text too, as a typed official document would have them.
 */
export function PrintNarrative({ narrative, t, thaiDigits }: PrintProps & { narrative: NarrativeValues }) {
  const digits = digitsFor(thaiDigits);
  return (
    <>
      {narrativeFields.map((field, index) => (
        <section key={field}>
          <h2>{t('print.sections.narrative', { no: digits(index + 2), title: t(`narrative.${field}`) })}</h2>
          {narrative[field].trim() ? (
            narrative[field]
              .split(/\n+/)
              .filter((line) => line.trim())
              .map((paragraph, i) => (
                <p key={i} className="cdvl-report-print-text">
                  {digits(paragraph)}
                </p>
              ))
          ) : (
            Array.from({ length: BLANK_LINES }, (_, i) => <div key={i} className="cdvl-report-print-blank" />)
          )}
        </section>
      ))}
    </>
  );
}

/** Where the reporting officer signs. */
export function PrintSignature({ t }: { t: TFunction }) {
  return (
    <div className="cdvl-report-print-signature">
      <p>{t('print.signature.sign')}</p>
      <p>{t('print.signature.name')}</p>
      <p>{t('print.signature.position')}</p>
      <p>{t('print.signature.date')}</p>
    </div>
  );
}

type ReportCountsProps = PrintProps & {
  standings: readonly Standing[];
  districtReports: Partial<Record<string, number>>;
  provinceReports: Partial<Record<string, number>>;
};

/** How many district and province reports stand where: a row per standing, a total last. */
export function PrintReportCounts({ standings, districtReports, provinceReports, t, thaiDigits }: ReportCountsProps) {
  const number = (value: number) => formatFigure(value, 'count', 'th', thaiDigits);
  return (
    <table>
      <caption>{t('print.national.counts.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('print.standings.standing')}</th>
          <th scope="col">{t('print.national.counts.districts')}</th>
          <th scope="col">{t('print.national.counts.provinces')}</th>
        </tr>
      </thead>
      <tbody>
        {standings.map((standing) => (
          <tr key={standing} className="cdvl-report-print-item">
            <th scope="row">{t(`standing.${standing}`)}</th>
            <td className="cdvl-report-print-number">{number(districtReports[standing] ?? 0)}</td>
            <td className="cdvl-report-print-number">{number(provinceReports[standing] ?? 0)}</td>
          </tr>
        ))}
        <tr className="cdvl-report-print-total">
          <th scope="row">{t('figures.sectors.total')}</th>
          <td className="cdvl-report-print-number">{number(totalOf(districtReports))}</td>
          <td className="cdvl-report-print-number">{number(totalOf(provinceReports))}</td>
        </tr>
      </tbody>
    </table>
  );
}
