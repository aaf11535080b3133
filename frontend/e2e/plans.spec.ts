import { expect, test } from '@playwright/test';
import { createCenter, uniqueName } from './support/centers';
import { logIn } from './support/login';

/** The quarter (1-4) of the fiscal year it is today in Bangkok. */
function fiscalQuarterNow(): string {
  const month = new Date(Date.now() + 7 * 3_600_000).getUTCMonth() + 1;
  return String(Math.floor(((month + 2) % 12) / 3) + 1);
}

test('a district holds a meeting, makes a center’s plan from it, and an activity it records shows the planned line done', async ({ page }) => {
  test.slow();
  await logIn(page, 'demo.district5201');

  // The meeting that makes the plan.
  const meeting = uniqueName('ประชุมจัดทำแผน e2e');
  await page.goto('/meetings/new');
  await page.getByLabel('วันที่ประชุม').fill(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10));
  await page.getByRole('textbox', { name: 'สถานที่ประชุม' }).fill('ศาลาประชาคมหมู่บ้าน');
  await page.getByRole('textbox', { name: /ชื่อการประชุม/ }).fill(meeting);
  await page.getByRole('textbox', { name: 'วาระการประชุม' }).fill('จัดทำแผนขับเคลื่อนของศูนย์');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.getByRole('heading', { name: meeting })).toBeVisible();

  // A new center's plan, from that meeting: one health activity this quarter.
  const name = uniqueName('ศูนย์แผน e2e');
  const centerPath = await createCenter(page, name);
  await page.getByRole('link', { name: 'จัดทำแผน' }).click();
  await expect(page.getByRole('group', { name: 'กิจกรรมที่ 1' })).toBeVisible();
  await page.getByRole('combobox', { name: 'ไตรมาส' }).selectOption(fiscalQuarterNow());
  await page.getByRole('combobox', { name: /ประเภทกิจกรรม/ }).selectOption('HEALTH');
  await page.getByRole('textbox', { name: /ชื่อกิจกรรม/ }).fill('ตรวจสุขภาพผู้สูงอายุ');
  const meetings = page.getByRole('combobox', { name: 'จัดทำ/ยืนยันในการประชุม' });
  await meetings.selectOption((await meetings.locator('option', { hasText: meeting }).getAttribute('value')) ?? '');
  await page.getByRole('button', { name: 'บันทึกแผน' }).click();
  await expect(page).toHaveURL(new RegExp(`${centerPath}$`));
  const plan = page.getByRole('table', { name: /^กิจกรรมตามแผน/ });
  await expect(plan.getByRole('row', { name: /ตรวจสุขภาพผู้สูงอายุ/ })).toContainText('ยังไม่ได้ทำ');
  await page.getByRole('button', { name: 'ยืนยันแผน' }).click();
  await expect(page.getByText('ยืนยันแล้ว', { exact: true })).toBeVisible();

  // The center holds the health activity today; the plan shows the line done.
  await page.getByRole('link', { name: 'บันทึกกิจกรรม' }).click();
  await page.getByRole('radio', { name: /^3\.2/ }).click();
  await page.getByRole('radio', { name: /^สุขภาพ/ }).click();
  await page.getByRole('textbox', { name: 'ชื่อกิจกรรม' }).fill(uniqueName('ตรวจสุขภาพ e2e'));
  await page.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
  await expect(page.getByRole('heading', { name: 'บันทึกกิจกรรมแล้ว' })).toBeVisible();
  await page.goto(centerPath);
  await expect(plan.getByRole('row', { name: /ตรวจสุขภาพผู้สูงอายุ/ })).toContainText('ทำแล้ว');
});
