import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localizedName, otherName } from '@/lib/localized-name';

type NameCellProps = { item: { nameTh?: string; nameEn?: string }; to?: string };

/** Row header cell: the name in the reading language (a link when it leads on), the other name small. */
export function NameCell({ item, to }: NameCellProps) {
  const { i18n } = useTranslation();
  const name = localizedName(item, i18n.language);
  const other = otherName(item, i18n.language);
  return (
    <Table.Th scope="row" fw="normal">
      {to ? (
        <Anchor component={Link} to={to}>
          {name}
        </Anchor>
      ) : (
        name
      )}
      {other.name && (
        <Text size="xs" c="dimmed" lang={other.lang}>
          {other.name}
        </Text>
      )}
    </Table.Th>
  );
}
