/**
 * Query keys of the reporting feature, one factory per resource, so the same data is cached once
 * and a write invalidates every screen showing it. A deadline's district reports sit under
 * districtReportKeys.deadline(id), its province reports (and the department's queue of them) under
 * provinceReportKeys.deadline(id); moving any date invalidates the roots of all that depend on
 * dates (see invalidateDeadlines).
 */
export const deadlineKeys = {
  all: () => ['deadlines'] as const,
  year: (fiscalYear: number) => [...deadlineKeys.all(), fiscalYear] as const,
};

/** The caller's own deadlines with their standing. */
export const myDeadlineKeys = {
  all: () => ['my-deadlines'] as const,
};

/** The completeness matrix of an area ('' is the caller's own) for a fiscal year. */
export const completenessKeys = {
  all: () => ['completeness'] as const,
  area: (areaCode: string, fiscalYear: number) => [...completenessKeys.all(), areaCode, fiscalYear] as const,
  /** Provinces × quarterly deadlines: the provinces' own reports to the department. */
  provinceReports: (fiscalYear: number) => [...completenessKeys.all(), 'province-reports', fiscalYear] as const,
};

export const districtReportKeys = {
  all: () => ['district-reports'] as const,
  deadline: (deadlineId: string) => [...districtReportKeys.all(), deadlineId] as const,
  detail: (deadlineId: string, districtCode: string) =>
    [...districtReportKeys.deadline(deadlineId), districtCode] as const,
};

/** A province's report to the department, and the department's queue of a deadline's province reports. */
export const provinceReportKeys = {
  all: () => ['province-reports'] as const,
  deadline: (deadlineId: string) => [...provinceReportKeys.all(), deadlineId] as const,
  list: (deadlineId: string) => [...provinceReportKeys.deadline(deadlineId), 'list'] as const,
  detail: (deadlineId: string, provinceCode: string) => [...provinceReportKeys.deadline(deadlineId), provinceCode] as const,
};

export const nationalReportKeys = {
  all: () => ['national-report'] as const,
  deadline: (deadlineId: string) => [...nationalReportKeys.all(), deadlineId] as const,
  year: (fiscalYear: number) => [...nationalReportKeys.all(), 'year', fiscalYear] as const,
};

export const holidayKeys = {
  all: () => ['holidays'] as const,
  between: (from: string, to: string) => [...holidayKeys.all(), from, to] as const,
};

/** The offices of an area ('' for the caller's whole area) with their e-mails. */
export const officeContactKeys = {
  all: () => ['office-contacts'] as const,
  list: (provinceCode: string) => [...officeContactKeys.all(), provinceCode] as const,
};

/** The reminders sent, of a deadline or ('') all. */
export const reminderKeys = {
  all: () => ['reminders'] as const,
  list: (deadlineId: string) => [...reminderKeys.all(), deadlineId] as const,
};

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
