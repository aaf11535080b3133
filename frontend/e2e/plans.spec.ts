import { expect, test, type Page } from '@playwright/test';
import { createCenter, uniqueName } from './support/centers';
import { logIn } from './support/login';

/** The quarter (1-4) of the fiscal year it is today in Bangkok. */
function fiscalQuarterNow(): string {
  const month = new Date(Date.now() + 7 * 3_600_000).getUTCMonth() + 1;
  return String(Math.floor(((month + 2) % 12) / 3) + 1);
}

/** The fiscal year (Buddhist era) it is today in Bangkok; 1 October starts the next one. */
function fiscalYearNow(): number {
  const bangkok = new Date(Date.now() + 7 * 3_600_000);
  return bangkok.getUTCFullYear() + 543 + (bangkok.getUTCMonth() >= 9 ? 1 : 0);
}

/**
 * This quarter's report of Mueang Lampang, opened from its completeness row, and the planned lines
 * done that its plan figure counts (as planned or differently). The report is still a draft here:
 * the reporting spec, which submits it, runs after this one.
 */
async function plannedLinesDoneThisQuarter(page: Page): Promise<number> {
  const fiscalYear = fiscalYearNow();
  await page.goto(`/reports/completeness?fiscalYear=${fiscalYear}`);
  const row = page.getByRole('table', { name: /^การส่งรายงาน ปีงบประมาณ/ }).getByRole('row', { name: /เมืองลำปาง/ });
  await row.getByRole('link', { name: new RegExp(`^ไตรมาส ${fiscalQuarterNow()}/${fiscalYear}:`) }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}\/5201$/);
  const figure = page.getByRole('table', { name: 'แผนขับเคลื่อนของศูนย์เทียบกับผลการดำเนินงาน' });
  const done = figure.getByRole('row', { name: /^ดำเนินการแล้ว/ }).getByRole('cell');
  await expect(done).toHaveText(/^[\d,]+$/);
  return Number((await done.textContent())?.replace(/,/g, ''));
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

  // The district's report for the quarter counts the plan's lines; none of the new one is done yet.
  const doneBefore = await plannedLinesDoneThisQuarter(page);
  await page.goto(centerPath);

  // The center holds the health activity today; the plan shows the line done.
  await page.getByRole('link', { name: 'บันทึกกิจกรรม' }).click();
  await page.getByRole('radio', { name: /^3\.2/ }).click();
  await page.getByRole('radio', { name: /^สุขภาพ/ }).click();
  await page.getByRole('textbox', { name: 'ชื่อกิจกรรม' }).fill(uniqueName('ตรวจสุขภาพ e2e'));
  await page.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
  await expect(page.getByRole('heading', { name: 'บันทึกกิจกรรมแล้ว' })).toBeVisible();
  await page.goto(centerPath);
  await expect(plan.getByRole('row', { name: /ตรวจสุขภาพผู้สูงอายุ/ })).toContainText('ทำแล้ว');
  // …and so does the district's report, one more planned line done.
  expect(await plannedLinesDoneThisQuarter(page)).toBe(doneBefore + 1);
});
