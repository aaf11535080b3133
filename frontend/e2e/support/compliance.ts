import { expect, type Page } from '@playwright/test';

/** A key figure of the compliance dashboard, e.g. "ศูนย์ที่จัดกิจกรรมแล้ว", as a number. */
export async function kpi(page: Page, label: string): Promise<number> {
  const figures = page.getByRole('region', { name: 'ตัวชี้วัดสรุป' });
  const value = figures.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  await expect(value).toHaveText(/\d/);
  return Number((await value.innerText()).replace(/[^\d]/g, ''));
}

/** The dashboard's section listing the centers without any activity in the period. */
export const nonCompliantList = (page: Page) => page.getByRole('region', { name: /^ศูนย์ที่ยังไม่มีกิจกรรม/ });

/** The dashboard's table of centers (a district's rows). */
export const centerRows = (page: Page) => page.getByRole('table', { name: /^ผลการดำเนินงานแยกตามศูนย์/ });
