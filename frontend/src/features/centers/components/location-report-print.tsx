import './location-report-print.css';
import { useTranslation } from 'react-i18next';
import { formatDate, toThaiDigits } from '@/lib/dates';
import type { LocationReport } from '../api/get-location-report';
import { operatingPointText } from './operating-point-text';

type LocationReportPrintProps = { report: LocationReport; thaiDigits: boolean };

/** The printable form (enclosure 3). Official forms are Thai, whatever language the screen uses. */
export function LocationReportPrint({ report, thaiDigits }: LocationReportPrintProps) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('th', 'centers');
  const digits = (text: string | number) => (thaiDigits ? toThaiDigits(String(text)) : String(text));
  const coordinate = (value: number) => digits(value.toFixed(5));
  const rows = rowNumbers(report);

  return (
    <article className="cdvl-print" lang="th" aria-label={t('print.title')}>
      <h1>{t('print.title')}</h1>
      <p className="cdvl-print-meta">
        {t('print.area', { name: report.areaNameTh })}
        <br />
        {t('print.date', { date: formatDate(report.generatedAt, 'th', { style: 'long', thaiDigits }) })}
      </p>
      <p>
        {t('print.summary', {
          subdistricts: digits(report.totals.subdistricts),
          withCenter: digits(report.totals.subdistrictsWithCenter),
          withoutCenter: digits(report.totals.subdistrictsWithoutCenter),
          centers: digits(report.totals.centers),
        })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('print.columns.no')}</th>
            <th scope="col">{t('print.columns.subdistrict')}</th>
            <th scope="col">{t('print.columns.center')}</th>
            <th scope="col">{t('print.columns.village')}</th>
            <th scope="col">{t('print.columns.coordinates')}</th>
          </tr>
        </thead>
        {report.districts.map((district) => (
          <tbody key={district.code}>
            <tr className="cdvl-print-district">
              <th scope="colgroup" colSpan={5}>
                {t('print.district', {
                  name: district.nameTh,
                  operatingPoint: operatingPointText(t, district.operatingPoint),
                })}
              </th>
            </tr>
            {district.subdistricts.flatMap((subdistrict) => {
              if (!subdistrict.hasCenter) {
                const row = rows.get(subdistrict.code);
                return [
                  <tr key={subdistrict.code}>
                    <td className="cdvl-print-number">{digits(row ?? '')}</td>
                    <td>{subdistrict.nameTh}</td>
                    <td className="cdvl-print-no-center" colSpan={3}>
                      {t('report.noCenter')}
                    </td>
                  </tr>,
                ];
              }
              return subdistrict.centers.map((center) => {
                const row = rows.get(center.id);
                return (
                  <tr key={center.id}>
                    <td className="cdvl-print-number">{digits(row ?? '')}</td>
                    <td>{subdistrict.nameTh}</td>
                    <td>
                      {center.name}
                      {center.operatingPoint && ` (${t('report.operatingPoint')})`}
                      {center.status !== 'ACTIVE' && ` [${t(`status.${center.status}`)}]`}
                    </td>
                    <td>
                      {[center.villageNo ? digits(t('detail.villageNo', { no: center.villageNo })) : '', center.villageName ?? '']
                        .filter(Boolean)
                        .join(' ')}
                    </td>
                    <td className="cdvl-print-number">
                      {center.latitude != null && center.longitude != null
                        ? `${coordinate(center.latitude)}, ${coordinate(center.longitude)}`
                        : '–'}
                    </td>
                  </tr>
                );
              });
            })}
          </tbody>
        ))}
      </table>
    </article>
  );
}

/** The form numbers its lines 1, 2, 3… across districts: one per center, or one for a sub-district without any. */
function rowNumbers(report: LocationReport): Map<string, number> {
  const rows = new Map<string, number>();
  for (const district of report.districts) {
    for (const subdistrict of district.subdistricts) {
      if (!subdistrict.hasCenter) rows.set(subdistrict.code, rows.size + 1);
      else for (const center of subdistrict.centers) rows.set(center.id, rows.size + 1);
    }
  }
  return rows;
}
