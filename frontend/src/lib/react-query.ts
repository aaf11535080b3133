import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ProblemError } from './problem';

export const queryConfig = {
  queries: {
    staleTime: 5 * 60 * 1000,
    refetchOnWindowFocus: false,
    // A 4xx answer will not change on retry; network and 5xx errors might.
    retry: (failureCount, error) =>
      !(error instanceof ProblemError && error.status < 500) && failureCount < 2,
  },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryConfig });
}
