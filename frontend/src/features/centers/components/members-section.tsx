import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListSection } from '@/components/list-section';
import { formatDate } from '@/lib/dates';
import { useCenterMembers, type Member } from '../api/get-center-members';
import { MemberFormModal } from './member-form-modal';

type MembersSectionProps = { centerId: string; canWrite: boolean };

export function MembersSection({ centerId, canWrite }: MembersSectionProps) {
  const { t, i18n } = useTranslation('centers');
  const members = useCenterMembers(centerId);
  const [editing, setEditing] = useState<{ member?: Member } | null>(null);
  const none = t('noValue');

  return (
    <>
      <ListSection
        headingId="members-heading"
        heading={t('members.heading')}
        result={members}
        emptyText={t('members.empty')}
        add={canWrite ? { label: t('members.add'), onClick: () => setEditing({}) } : undefined}
      >
        {(items) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped captionSide="top">
              <Table.Caption>{t('members.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('members.fields.fullName')}</Table.Th>
                  <Table.Th scope="col">{t('members.fields.role')}</Table.Th>
                  <Table.Th scope="col">{t('members.fields.phone')}</Table.Th>
                  <Table.Th scope="col">{t('members.fields.since')}</Table.Th>
                  <Table.Th scope="col">{t('members.fields.status')}</Table.Th>
                  {canWrite && (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('members.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Th scope="row" fw="normal">
                      {member.fullName}
                      {member.skills && (
                        <Text size="xs" c="dimmed">
                          {member.skills}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{t(`members.roles.${member.role}`)}</Table.Td>
                    <Table.Td>{member.phone || none}</Table.Td>
                    <Table.Td>{member.since ? formatDate(member.since, i18n.language) : none}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={member.active ? 'green' : 'gray'}>
                        {t(member.active ? 'members.active' : 'members.inactive')}
                      </Badge>
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={t('members.editLabel', { name: member.fullName })}
                          onClick={() => setEditing({ member })}
                        >
                          {t('members.edit')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </ListSection>
      {canWrite && (
        <MemberFormModal
          centerId={centerId}
          member={editing?.member}
          opened={editing !== null}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
