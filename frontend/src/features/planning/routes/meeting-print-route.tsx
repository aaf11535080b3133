import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PrintToolbar, useThaiDigitsParam } from '@/components/print-toolbar';
import { ProblemAlert } from '@/components/problem-alert';
import { useMeeting } from '../api/get-meeting';
import { MeetingPrint } from '../components/meeting-print';
import { meetingPath } from '../utils/meeting-area';

/** The minutes on A4 (/meetings/:id/print), Thai digits when ?thaiDigits=1. */
export function MeetingPrintRoute() {
  const { id = '' } = useParams();
  const [thaiDigits, setThaiDigits] = useThaiDigitsParam();
  const meeting = useMeeting(id);
  return (
    <Stack>
      <PrintToolbar ns="meetings" backTo={meetingPath(id)} thaiDigits={thaiDigits} onThaiDigits={setThaiDigits} ready={Boolean(meeting.data)} />
      {meeting.isPending && <Loading />}
      {meeting.isError && <ProblemAlert error={meeting.error} onRetry={() => void meeting.refetch()} />}
      {meeting.data && <MeetingPrint meeting={meeting.data} thaiDigits={thaiDigits} />}
    </Stack>
  );
}
