/**
 * Query keys of document requests: a request's matrix and answers sit under its detail key, so a
 * write to one answer invalidates the request's counts and matrix with it.
 */
export const documentRequestKeys = {
  all: () => ['document-requests'] as const,
  list: (fiscalYear: number, page: number) => [...documentRequestKeys.all(), 'list', fiscalYear, page] as const,
  detail: (id: string) => [...documentRequestKeys.all(), id] as const,
  answers: (id: string) => [...documentRequestKeys.detail(id), 'answers'] as const,
  answer: (id: string, officeCode: string) => [...documentRequestKeys.answers(id), officeCode] as const,
};
