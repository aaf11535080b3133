import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { isProblem } from '@/lib/problem';
import { centerKeys } from '@/lib/query-keys';
import { useEraseCenterMember } from '../api/erase-center-member';
import type { Member } from '../api/get-center-members';

type MemberEraseModalProps = {
  centerId: string;
  /** The member whose personal data goes; absent while the dialog is closed. */
  member?: Member;
  onClose: () => void;
};

/** Confirms erasing a member's personal data, done on the member's own request (PDPA). */
export function MemberEraseModal({ centerId, member, onClose }: MemberEraseModalProps) {
  const { t } = useTranslation('centers');
  return (
    <Modal opened={member !== undefined} onClose={onClose} title={t('members.erase.title')} size="lg">
      {/* Keyed so an error shown for one member does not stay for the next. */}
      {member && <MemberErase key={member.id} centerId={centerId} member={member} onDone={onClose} />}
    </Modal>
  );
}

function MemberErase({ centerId, member, onDone }: { centerId: string; member: Member; onDone: () => void }) {
  const { t } = useTranslation('centers');
  const queryClient = useQueryClient();
  const erase = useEraseCenterMember();

  async function confirm() {
    try {
      // The version shown in the list: erasing what someone else changed meanwhile is refused (412).
      await erase.mutateAsync({ centerId, memberId: member.id, version: member.version });
      notifications.show({ color: 'green', message: t('members.erase.done') });
      onDone();
    } catch (failure) {
      // The alert below says what went wrong; after a change meanwhile the list reloads, so a
      // second try is based on the version now saved.
      if (isProblem(failure, 'version.stale') || isProblem(failure, 'center.member.erased')) {
        void queryClient.invalidateQueries({ queryKey: centerKeys.members(centerId) });
      }
    }
  }

  return (
    <Stack>
      <Text fw={500}>{[member.fullName, t(`members.roles.${member.role}`)].filter(Boolean).join(' · ')}</Text>
      <Text size="sm">{t('members.erase.request')}</Text>
      <Alert color="red" variant="light" title={t('members.erase.consequencesTitle')}>
        <List size="sm" spacing={4}>
          <List.Item>{t('members.erase.consequences.removed')}</List.Item>
          <List.Item>{t('members.erase.consequences.kept')}</List.Item>
          <List.Item>{t('members.erase.consequences.final')}</List.Item>
        </List>
      </Alert>
      {erase.error && <ProblemAlert error={erase.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('members.erase.dismiss')}
        </Button>
        <Button color="red" loading={erase.isPending} onClick={() => void confirm()}>
          {t('members.erase.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
