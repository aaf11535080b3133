import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { officeContactKeys } from './query-keys';

export type Office = components['schemas']['OfficeView'];

/** Every provincial and district office in the caller's area ('' for all of it), each with its e-mail or none. */
export async function getOfficeContacts(provinceCode: string) {
  const query = provinceCode ? { provinceCode } : {};
  return body(await api.GET('/api/v1/office-contacts', { params: { query } }));
}

export const getOfficeContactsQueryOptions = (provinceCode: string) =>
  queryOptions({ queryKey: officeContactKeys.list(provinceCode), queryFn: () => getOfficeContacts(provinceCode) });

export const useOfficeContacts = (provinceCode: string, { enabled = true } = {}) =>
  useQuery({ ...getOfficeContactsQueryOptions(provinceCode), enabled });
