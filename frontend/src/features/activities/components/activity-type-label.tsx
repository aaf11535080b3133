import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { categorySection, type ActivityCategory, type ActivityType } from '@/config/activity-types';

export const categoryColors: Record<ActivityCategory, string> = {
  MISSION: 'teal',
  DIMENSION: 'indigo',
  NATIONAL_DAY: 'orange',
};

/** The category as a badge with its section number (so not by colour alone) and the activity's name. */
export function ActivityTypeLabel({ category, type }: { category: ActivityCategory; type: ActivityType }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      <Badge variant="light" color={categoryColors[category]} tt="none">
        {categorySection[category]} {t(`activityCategoryShort.${category}`)}
      </Badge>
      <Text size="sm">{t(`activityType.${type}`)}</Text>
    </Stack>
  );
}
