export const visitPath = (id: string) => `/evaluation/visits/${id}`;
export const newVisitPath = (centerId?: string) => `/evaluation/visits/new${centerId ? `?centerId=${centerId}` : ''}`;
export const rubricPath = (fiscalYear: number) => `/evaluation/rubric?fiscalYear=${fiscalYear}`;
export const evaluationPath = (fiscalYear: number) => `/evaluation?fiscalYear=${fiscalYear}`;
