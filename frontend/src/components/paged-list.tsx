import { Group, NativeSelect, Pagination, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { pageSizes } from '@/lib/list-params';
import { formatCount } from '@/lib/numbers';

/** One page of a list as the API returns it (pages counted from 0). */
export type Page<T> = { items: T[]; page: number; size: number; totalItems: number; totalPages: number };

type PagedListProps<T> = {
  /** The namespace with the list's own texts: `list.summary`, `list.empty` and `list.pagination`. */
  ns: string;
  result: UseQueryResult<Page<T>>;
  /** The page shown (counted from 1) and its size, as kept in the URL by useListParams. */
  list: { page: number; size: number; setPage: (page: number) => void; setSize: (size: number) => void };
  /** The table of a page that has items. */
  children: (items: T[]) => ReactNode;
};

/**
 * A page of a list with what goes around it: loading, a problem with a retry, how many there are
 * (announced when it changes), and the page and page-size choices.
 */
export function PagedList<T>({ ns, result, list, children }: PagedListProps<T>) {
  const { t, i18n } = useTranslation(ns);
  const number = (n: number) => formatCount(n, i18n.language);
  const data = result.data;
  const from = data && data.totalItems > 0 ? data.page * data.size + 1 : 0;
  const to = data ? data.page * data.size + data.items.length : 0;
  return (
    <>
      {result.isPending && <Loading />}
      {result.isError && <ProblemAlert error={result.error} onRetry={() => void result.refetch()} />}
      {data && (
        <>
          <Text role="status" c="dimmed">
            {data.totalItems > 0
              ? t('list.summary', { from: number(from), to: number(to), total: number(data.totalItems) })
              : t('list.empty')}
          </Text>
          {data.items.length > 0 && children(data.items)}
          <Group justify="space-between">
            <nav aria-label={t('list.pagination')}>
              <Pagination
                total={data.totalPages}
                value={list.page}
                onChange={list.setPage}
                hideWithOnePage
                getItemProps={(item) => ({ 'aria-label': t('list.page', { ns: 'common', page: item }) })}
                getControlProps={(control) => ({ 'aria-label': t(`list.pageControls.${control}`, { ns: 'common' }) })}
              />
            </nav>
            <NativeSelect
              label={t('list.pageSize', { ns: 'common' })}
              size="xs"
              value={String(list.size)}
              data={pageSizes.map((option) => String(option))}
              onChange={(event) => list.setSize(Number(event.currentTarget.value))}
            />
          </Group>
        </>
      )}
    </>
  );
}
