import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { ifMatch } from '@/lib/versions';
import { officeContactKeys } from './query-keys';

type SetOfficeContactInput = {
  areaCode: string;
  /** The version of the e-mail changed; absent when the office has none yet. */
  version?: number;
  email: string;
};

/** Sets the e-mail reminders of an office go to. */
export async function setOfficeContact({ areaCode, version, email }: SetOfficeContactInput) {
  const header = version === undefined ? {} : { 'If-Match': ifMatch(version) };
  return body(
    await api.PUT('/api/v1/office-contacts/{areaCode}', { params: { path: { areaCode }, header }, body: { email } }),
  );
}

export function useSetOfficeContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setOfficeContact,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officeContactKeys.all() }),
  });
}
