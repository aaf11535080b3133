import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activityCategories,
  activityTypesByCategory,
  categorySection,
  type ActivityCategory,
  type ActivityType,
} from '@/config/activity-types';

type TypePickerProps = {
  category: ActivityCategory | '';
  type: ActivityType | '';
  onCategoryChange: (category: ActivityCategory) => void;
  onTypeChange: (type: ActivityType) => void;
  categoryError?: ReactNode;
  typeError?: ReactNode;
  /** Ids of the first card of each group, so a form can move focus there. */
  categoryId: string;
  typeId: string;
};

/** A card is a large touch target with the whole Thai name, rather than a cramped drop-down. */
function Card({ value, id, children }: { value: string; id?: string; children: ReactNode }) {
  return (
    <Radio.Card value={value} id={id} radius="md" p="sm" mih={56}>
      <Group wrap="nowrap" gap="sm" align="center">
        <Radio.Indicator />
        <div>{children}</div>
      </Group>
    </Radio.Card>
  );
}

/** Two steps: the guideline's category (3.1, 3.2, 3.3), then the activity within it. */
export function TypePicker(props: TypePickerProps) {
  const { category, type, onCategoryChange, onTypeChange, categoryError, typeError, categoryId, typeId } = props;
  const { t } = useTranslation();
  const types = category ? activityTypesByCategory[category] : [];

  return (
    <>
      <Radio.Group
        label={t('fields.category', { ns: 'activities' })}
        description={t('form.typeHelp', { ns: 'activities' })}
        required
        value={category}
        onChange={(value) => onCategoryChange(value as ActivityCategory)}
        error={categoryError}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" mt="xs">
          {activityCategories.map((c, index) => (
            <Card key={c} value={c} id={index === 0 ? categoryId : undefined}>
              <Text fw={600}>
                {categorySection[c]} {t(`activityCategoryShort.${c}`)}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`activityCategory.${c}`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      {category && (
        <Radio.Group
          label={t('fields.type', { ns: 'activities' })}
          required
          value={type}
          onChange={(value) => onTypeChange(value as ActivityType)}
          error={typeError}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
            {types.map((item, index) => (
              <Card key={item} value={item} id={index === 0 ? typeId : undefined}>
                <Text>
                  {category === 'MISSION' && item !== 'SUFFICIENCY_VILLAGE' && `${index + 1}. `}
                  {t(`activityType.${item}`)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
      )}
    </>
  );
}
