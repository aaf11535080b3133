import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListSection } from '@/components/list-section';
import { formatDate } from '@/lib/dates';
import { useCenterMembers, type Member } from '../api/get-center-members';
import { MemberEraseModal } from './member-erase-modal';
import { MemberFormModal } from './member-form-modal';

type MembersSectionProps = { centerId: string; canWrite: boolean };

export function MembersSection({ centerId, canWrite }: MembersSectionProps) {
  const { t, i18n } = useTranslation('centers');
  const members = useCenterMembers(centerId);
  const [editing, setEditing] = useState<{ member?: Member } | null>(null);
  // By id, so a reloaded list (after someone else's change) gives the dialog the version now saved.
  const [erasingId, setErasingId] = useState<string | null>(null);
  const erasing = members.data?.find((member) => member.id === erasingId);
  const none = t('noValue');
  // Without a data agreement the name is left out; the role still says who the row is.
  const nameOf = (member: Member) => member.fullName ?? t(`members.roles.${member.role}`);

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
                      {member.fullName ?? none}
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
                      <Stack gap={4} align="flex-start">
                        <Badge variant="light" color={member.active ? 'green' : 'gray'}>
                          {t(member.active ? 'members.active' : 'members.inactive')}
                        </Badge>
                        {member.erasedAt && (
                          <>
                            <Badge variant="light" color="grape">
                              {t('members.erased.badge')}
                            </Badge>
                            <Text size="xs" c="dimmed">
                              {t('members.erased.on', { date: formatDate(member.erasedAt, i18n.language) })}
                            </Text>
                          </>
                        )}
                      </Stack>
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        {/* An erased member can no longer change (409 center.member.erased). */}
                        {!member.erasedAt && (
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="xs"
                              variant="subtle"
                              aria-label={t('members.editLabel', { name: nameOf(member) })}
                              onClick={() => setEditing({ member })}
                            >
                              {t('members.edit')}
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              aria-label={t('members.erase.label', { name: nameOf(member) })}
                              onClick={() => setErasingId(member.id)}
                            >
                              {t('members.erase.action')}
                            </Button>
                          </Group>
                        )}
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
      {canWrite && <MemberEraseModal centerId={centerId} member={erasing} onClose={() => setErasingId(null)} />}
    </>
  );
}
