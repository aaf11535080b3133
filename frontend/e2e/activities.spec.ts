import { expect, test } from '@playwright/test';
import { createCenter, uniqueName } from './support/centers';
import { centerRows, kpi, nonCompliantList } from './support/compliance';
import { logIn, pageAs } from './support/login';

// Activities are recorded in the field, on a small phone held in one hand.
test.use({ viewport: { width: 360, height: 740 } });

// A 1×1 PNG: the smallest real image the server will decode and store.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const COMPLIANT = 'ศูนย์ที่จัดกิจกรรมแล้ว';

test('a district officer records an activity with a photo on a phone, and the center becomes compliant', async ({
  page,
  browser,
}) => {
  await logIn(page, 'demo.district5201');
  const name = uniqueName('ศูนย์กิจกรรม e2e');
  const centerPath = await createCenter(page, name);
  const centerId = centerPath.split('/').pop()!;

  // Before: this quarter the new center has no activity, so it is listed as not compliant.
  await page.goto('/compliance');
  await expect(page.getByRole('combobox', { name: 'ไตรมาส' })).not.toHaveValue('');
  await expect(nonCompliantList(page).getByRole('link', { name })).toBeVisible();
  await expect(centerRows(page).getByRole('row', { name: new RegExp(name) })).toContainText('ยังไม่มีกิจกรรม');
  const compliantBefore = await kpi(page, COMPLIANT);

  // Quick capture from the center's page: the center comes preselected, the date is today.
  await page.goto(centerPath);
  await page.getByRole('link', { name: 'บันทึกกิจกรรม' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'บันทึกกิจกรรม' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'ศูนย์' })).toHaveValue(centerId);
  await expect(page.getByRole('textbox', { name: 'วันที่จัดกิจกรรม' })).not.toHaveValue('');

  await page.getByRole('radio', { name: /^3\.1/ }).click();
  await page.getByRole('radio', { name: /ตู้เย็นตู้ยารอบบ้าน/ }).click();
  const title = uniqueName('ปลูกผักสวนครัว e2e');
  await page.getByRole('textbox', { name: 'ชื่อกิจกรรม' }).fill(title);
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'เพิ่มจำนวนผู้นำจิตอาสา' }).click();
  await expect(page.getByRole('textbox', { name: 'ผู้นำจิตอาสา' })).toHaveValue('3');
  await page.getByLabel('ถ่ายรูปกิจกรรม').setInputFiles({ name: 'activity.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('list', { name: 'รูปที่เลือก' }).getByText('รอส่งเมื่อบันทึก')).toBeVisible();

  // The save button stays within reach at the bottom of the screen, and nothing scrolls sideways.
  const save = page.getByRole('button', { name: 'บันทึกกิจกรรม' });
  await expect(save).toBeInViewport();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  await save.click();

  await expect(page.getByRole('heading', { name: 'บันทึกกิจกรรมแล้ว' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'รูปที่เลือก' }).getByText('ส่งแล้ว')).toBeVisible();
  await page.getByRole('link', { name: 'ดูกิจกรรมที่บันทึก' }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(page.getByRole('img', { name: `รูปที่ 1 ของกิจกรรม ${title}` })).toBeVisible();
  await expect(page.getByRole('row', { name: 'ผู้นำจิตอาสา 3' })).toBeVisible();

  // After: the center has an activity this quarter, so it counts as compliant.
  await page.goto('/compliance');
  await expect(centerRows(page).getByRole('row', { name: new RegExp(name) })).toContainText('จัดกิจกรรมแล้ว');
  await expect(nonCompliantList(page).getByRole('link', { name })).toHaveCount(0);
  expect(await kpi(page, COMPLIANT)).toBe(compliantBefore + 1);

  // The provincial officer drills down from Lampang to Mueang Lampang and sees the same.
  const province = await pageAs(browser, 'demo.province52', '/compliance');
  await province.getByRole('link', { name: 'ดูผลของเมืองลำปาง' }).click();
  await expect(province).toHaveURL(/areaCode=5201/);
  await expect(province.getByRole('navigation', { name: 'ตำแหน่งปัจจุบัน' }).getByText('เมืองลำปาง')).toBeVisible();
  await expect(centerRows(province).getByRole('row', { name: new RegExp(name) })).toContainText('จัดกิจกรรมแล้ว');
  await expect(nonCompliantList(province).getByRole('link', { name })).toHaveCount(0);
  await province.context().close();
});

test('the activity list finds a recorded activity by its dimension', async ({ page }) => {
  await logIn(page, 'demo.district5201');
  const name = uniqueName('ศูนย์รายการ e2e');
  const centerPath = await createCenter(page, name);

  await page.goto(`/activities/new?centerId=${centerPath.split('/').pop()}`);
  await page.getByRole('radio', { name: /^3\.2/ }).click();
  await page.getByRole('radio', { name: 'สุขภาพ' }).click();
  const title = uniqueName('ตรวจสุขภาพ e2e');
  await page.getByRole('textbox', { name: 'ชื่อกิจกรรม' }).fill(title);
  await page.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
  await expect(page.getByRole('heading', { name: 'บันทึกกิจกรรมแล้ว' })).toBeVisible();

  await page.goto('/activities?type=HEALTH');
  await expect(page.getByRole('combobox', { name: 'กิจกรรม', exact: true })).toHaveValue('HEALTH');
  const table = page.getByRole('table', { name: 'รายการกิจกรรมของศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' });
  const row = table.getByRole('row', { name: new RegExp(title) });
  await expect(row).toBeVisible();
  // Dates are in the Buddhist era.
  await expect(row).toContainText(String(new Date().getFullYear() + 543));
  await expect(row).toContainText('3.2 ตามมิติ');
});

test('a district officer voids a duplicate activity with a reason, and it leaves the activity list', async ({ page }) => {
  await logIn(page, 'demo.district5201');
  const centerPath = await createCenter(page, uniqueName('ศูนย์ยกเลิกรายการ e2e'));
  const centerId = centerPath.split('/').pop()!;

  await page.goto(`/activities/new?centerId=${centerId}`);
  await page.getByRole('radio', { name: /^3\.2/ }).click();
  await page.getByRole('radio', { name: 'สุขภาพ' }).click();
  const title = uniqueName('กิจกรรมบันทึกซ้ำ e2e');
  await page.getByRole('textbox', { name: 'ชื่อกิจกรรม' }).fill(title);
  await page.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
  await expect(page.getByRole('heading', { name: 'บันทึกกิจกรรมแล้ว' })).toBeVisible();

  // Before: the center's list has the activity.
  await page.goto(`/activities?centerId=${centerId}`);
  const table = page.getByRole('table', { name: 'รายการกิจกรรมของศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' });
  await table.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();

  await page.getByRole('button', { name: 'ยกเลิกรายการ', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'ยกเลิกรายการกิจกรรม' });
  await expect(dialog.getByText('ยกเลิกรายการแล้วเรียกคืนไม่ได้')).toBeVisible();
  const reason = 'บันทึกซ้ำกับกิจกรรมเดียวกัน (ทดสอบอัตโนมัติ)';
  await dialog.getByRole('textbox', { name: 'เหตุผลที่ยกเลิกรายการ' }).fill(reason);
  await dialog.getByRole('button', { name: 'ยืนยันยกเลิกรายการ' }).click();
  await expect(dialog).toBeHidden();

  // The page says who voided it, when (Buddhist era) and why, and offers no more changes.
  const banner = page.getByRole('alert').filter({ hasText: 'กิจกรรมนี้ถูกยกเลิกรายการแล้ว' });
  await expect(banner).toContainText('โดย demo.district5201');
  await expect(banner).toContainText(String(new Date().getFullYear() + 543));
  await expect(banner).toContainText(`เหตุผล: ${reason}`);
  await expect(page.getByRole('link', { name: 'แก้ไขกิจกรรม' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'ยกเลิกรายการ', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'ถ่ายรูป' })).toHaveCount(0);
  const history = page.getByRole('region', { name: 'ประวัติการเปลี่ยนแปลง' });
  await expect(history.getByText('ยกเลิกรายการกิจกรรม', { exact: true })).toBeVisible();

  // After: the center's list no longer has it.
  await page.goto(`/activities?centerId=${centerId}`);
  await expect(page.getByRole('status').filter({ hasText: 'ไม่พบกิจกรรมตามเงื่อนไขที่เลือก' })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});
