import { expect, type Page } from '@playwright/test';

/** A name no earlier run has used, so tests never depend on each other's data. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now()}-${Math.floor(Math.random() * 1000)}`;
}

/**
 * Creates a center through the form as the signed-in district officer and returns its path.
 * The sub-district is picked by time, so runs spread over the district; when it already has an
 * active center the UI asks for a justification, which is filled in (that path is part of the UI).
 */
export async function createCenter(page: Page, name: string): Promise<string> {
  await page.goto('/centers/new');
  await expect(page.getByRole('heading', { name: 'เพิ่มศูนย์ใหม่' })).toBeVisible();
  const subdistrict = page.getByRole('combobox', { name: 'ตำบล' });
  await expect.poll(() => subdistrict.locator('option').count()).toBeGreaterThan(1);
  const choices = (await subdistrict.locator('option').count()) - 1;
  await subdistrict.selectOption({ index: 1 + (Date.now() % choices) });

  await page.getByRole('textbox', { name: 'ชื่อศูนย์' }).fill(name);
  await page.getByRole('textbox', { name: 'หมู่ที่' }).fill('3');
  // Somewhere around Lampang town, so the map shows runs apart.
  await page.getByRole('textbox', { name: 'ละติจูด' }).fill((18.2 + Math.random() * 0.2).toFixed(4));
  await page.getByRole('textbox', { name: 'ลองจิจูด' }).fill((99.4 + Math.random() * 0.2).toFixed(4));
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();

  const saved = page.getByRole('heading', { level: 2, name });
  const taken = page.getByText('ตำบลนี้มีศูนย์ที่ดำเนินการอยู่แล้ว');
  await expect(saved.or(taken)).toBeVisible();
  if (await taken.isVisible()) {
    await page.getByRole('textbox', { name: 'เหตุผลความจำเป็น' }).fill('ทดสอบอัตโนมัติ: ศูนย์ที่สองในตำบล');
    await page.getByRole('button', { name: 'ยืนยันและบันทึก' }).click();
  }
  await expect(saved).toBeVisible();
  await expect(page).toHaveURL(/\/centers\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/** Adds a member through the dialog on the center's page. */
export async function addMember(page: Page, fullName: string) {
  await page.getByRole('button', { name: 'เพิ่มสมาชิก' }).click();
  const dialog = page.getByRole('dialog', { name: 'เพิ่มสมาชิก' });
  await dialog.getByRole('textbox', { name: 'ชื่อ-นามสกุล' }).fill(fullName);
  await dialog.getByRole('combobox', { name: 'ตำแหน่ง' }).selectOption('CHAIR');
  await dialog.getByRole('button', { name: 'บันทึก' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: /รายชื่อคณะกรรมการ/ }).getByRole('rowheader', { name: fullName })).toBeVisible();
}
