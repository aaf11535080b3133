import '@/components/print-page.css';
import { participantGroups } from '@/config/program';
import { useThaiPrint } from '@/lib/thai-print';
import type { Meeting } from '../api/get-meeting';
import { meetingPlace } from '../utils/meeting-area';

type MeetingPrintProps = { meeting: Meeting; thaiDigits: boolean };

/**
 * The minutes as an A4 page in Sarabun: the meeting, who came per target group (and by name when
 * the reader may see names), the agenda and the resolutions with who carries them out by when.
 * Official documents are Thai, whatever language the screen uses.
 */
export function MeetingPrint({ meeting, thaiDigits }: MeetingPrintProps) {
  const { t, digits, longDate, count } = useThaiPrint('meetings', thaiDigits);

  return (
    <article className="cdvl-print-page" lang="th" aria-label={t('print.title')}>
      <h1>{t('print.title')}</h1>
      <p className="cdvl-print-page-meta">
        {digits(meeting.title)}
        <br />
        {t(`level.${meeting.level}`)} · {digits(meetingPlace(t, meeting, 'th'))}
        <br />
        {t('print.held', { date: longDate(meeting.heldOn) })}
        <br />
        {t('print.at', { place: digits(meeting.place) })}
      </p>
      <section>
        <h2>{t('print.attendees')}</h2>
        <table>
          <tbody>
            {participantGroups.map((group) => (
              <tr key={group}>
                <th scope="row">{t(`attendees.${group}`)}</th>
                <td className="cdvl-print-page-number">{count(meeting.attendees[group] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{t('print.attendeesTotal', { total: count(meeting.attendeeTotal) })}</p>
        {meeting.attendeeNames && (
          <ol>
            {meeting.attendeeNames
              .split(/\n+/)
              .filter((name) => name.trim())
              .map((name, index) => (
                <li key={index}>{name.trim()}</li>
              ))}
          </ol>
        )}
      </section>
      <section>
        <h2>{t('print.agenda')}</h2>
        <p className="cdvl-print-page-text">{digits(meeting.agenda)}</p>
      </section>
      <section>
        <h2>{t('print.resolutions')}</h2>
        {meeting.resolutions.length === 0 ? (
          <p>{t('print.noResolutions')}</p>
        ) : (
          <ol className="cdvl-print-page-list">
            {meeting.resolutions.map((resolution) => (
              <li key={resolution.id}>
                {digits(resolution.text)}
                {(resolution.assignee || resolution.dueOn) && (
                  <div className="cdvl-print-page-aside">
                    {[
                      resolution.assignee && t('resolution.assignee', { name: resolution.assignee }),
                      resolution.dueOn && t('resolution.dueOn', { date: longDate(resolution.dueOn) }),
                      resolution.doneOn && t('resolution.doneOn', { date: longDate(resolution.doneOn) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <div className="cdvl-print-page-signature">
        <p>{t('print.sign', { role: t('print.signature') })}</p>
        <p>{t('print.name')}</p>
      </div>
    </article>
  );
}
