import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Standing } from '../api/get-district-report';

/** A district's standings, in the order the completeness matrix counts them (SUBMITTED is a province report's only). */
export const standings: readonly Standing[] = [
  'NOT_STARTED',
  'DRAFT',
  'SUBMITTED_ON_TIME',
  'SUBMITTED_LATE',
  'RETURNED',
  'ACCEPTED',
  'MISSING',
];

/** A province report's standings: a district's, and SUBMITTED while the department has set no date to judge it by. */
export const provinceStandings: readonly Standing[] = [
  'NOT_STARTED',
  'DRAFT',
  'SUBMITTED',
  'SUBMITTED_ON_TIME',
  'SUBMITTED_LATE',
  'RETURNED',
  'ACCEPTED',
  'MISSING',
];

export const standingColors: Record<Standing, string> = {
  NOT_STARTED: 'gray',
  DRAFT: 'blue',
  SUBMITTED_ON_TIME: 'green',
  SUBMITTED_LATE: 'yellow',
  SUBMITTED: 'cyan',
  RETURNED: 'orange',
  ACCEPTED: 'teal',
  MISSING: 'red',
};

/** Where a district's or a province's report stands; the text says it, the colour only repeats it. */
export function StandingBadge({ standing, size }: { standing: Standing; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('reporting');
  return (
    <Badge color={standingColors[standing]} variant={standing === 'ACCEPTED' ? 'filled' : 'light'} size={size}>
      {t(`standing.${standing}`)}
    </Badge>
  );
}
