export const planEditPath = (centerId: string, fiscalYear: number) => `/plans/${centerId}/${fiscalYear}/edit`;
export const plansPath = (fiscalYear: number) => `/plans?fiscalYear=${fiscalYear}`;
