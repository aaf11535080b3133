import { expect, test } from '@playwright/test';
import { logIn, pageAs } from './support/login';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** A date in Bangkok `days` from today, as a date input takes it. */
function bangkokDate(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test('the department asks Lampang’s districts for a file; one answers on time, one late, and the matrix shows both', async ({
  page,
  browser,
}) => {
  // Three users take turns; that takes longer than one page's test.
  test.slow();
  const title = `แบบสำรวจ e2e ${Date.now()}`;

  // The department sends the request from the navigation, to Lampang's districts, due in a week.
  await logIn(page, 'demo.national');
  await page.getByRole('link', { name: 'คำขอเอกสาร' }).first().click();
  await page.getByRole('button', { name: 'ส่งคำขอเอกสารใหม่' }).click();
  const form = page.getByRole('dialog', { name: 'ส่งคำขอเอกสารใหม่' });
  await form.getByRole('textbox', { name: 'เรื่อง' }).fill(title);
  await form.getByRole('textbox', { name: 'คำชี้แจง' }).fill('กรอกแบบสำรวจและส่งกลับเป็น PDF');
  await form.getByLabel('กำหนดส่ง').fill(bangkokDate(7));
  await form.getByRole('combobox', { name: 'จังหวัด' }).selectOption({ label: 'ลำปาง' });
  await form.getByRole('button', { name: 'ส่งคำขอ' }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const requestUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('table', { name: 'หน่วยงานที่ได้รับคำขอ 13 แห่ง' })).toBeVisible();

  // Mueang Lampang finds it in its list, attaches a PDF and submits before the due day.
  const district = await pageAs(browser, 'demo.district5201', '/documents');
  await district.getByRole('link', { name: title }).click();
  await district.getByRole('link', { name: 'ตอบคำขอ' }).click();
  await district.getByLabel('แนบไฟล์').setInputFiles({ name: 'แบบสำรวจ.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(district.getByRole('button', { name: 'ดาวน์โหลด แบบสำรวจ.pdf' })).toBeVisible();
  await district.getByRole('textbox', { name: 'หมายเหตุถึงผู้ขอ' }).fill('ครบตามแบบ');
  await district.getByRole('button', { name: 'ส่งคำตอบ' }).click();
  await district.getByRole('dialog', { name: 'ยืนยันการส่งคำตอบ' }).getByRole('button', { name: 'ยืนยันส่ง' }).click();
  await expect(district.getByText('ส่งแล้ว รอผู้ขอตรวจ แก้ไขไม่ได้จนกว่าจะถูกส่งกลับ')).toBeVisible();

  // The department moves the due date to yesterday, so the next answer is late.
  await page.getByRole('button', { name: 'แก้ไขคำขอ' }).click();
  const edit = page.getByRole('dialog', { name: 'แก้ไขคำขอเอกสาร' });
  await edit.getByLabel('กำหนดส่ง').fill(bangkokDate(-1));
  await edit.getByRole('button', { name: 'บันทึก' }).click();
  await expect(edit).toBeHidden();

  // An administrator answers for Mae Mo (it has no demo user) with a photo of the filled form.
  const admin = await pageAs(browser, 'demo.admin', `${requestUrl}/5202`);
  await expect(admin.getByRole('heading', { name: 'คำตอบของแม่เมาะ' })).toBeVisible();
  await admin.getByLabel('แนบไฟล์').setInputFiles({ name: 'แบบ.png', mimeType: 'image/png', buffer: PNG });
  await expect(admin.getByRole('button', { name: 'ดาวน์โหลด แบบ.png' })).toBeVisible();
  await admin.getByRole('button', { name: 'ส่งคำตอบ' }).click();
  await admin.getByRole('dialog', { name: 'ยืนยันการส่งคำตอบ' }).getByRole('button', { name: 'ยืนยันส่ง' }).click();
  await expect(admin.getByText('ส่งแล้ว รอผู้ขอตรวจ แก้ไขไม่ได้จนกว่าจะถูกส่งกลับ')).toBeVisible();

  // The matrix shows both: Mueang Lampang on time, Mae Mo late, and the rest not sent.
  await page.reload();
  const matrix = page.getByRole('table', { name: 'หน่วยงานที่ได้รับคำขอ 13 แห่ง' });
  await expect(matrix.getByRole('row', { name: /5201 เมืองลำปาง/ })).toContainText('ส่งตรงเวลา');
  await expect(matrix.getByRole('row', { name: /5202 แม่เมาะ/ })).toContainText('ส่งล่าช้า');
  await expect(matrix.getByRole('row', { name: /5203 / })).toContainText('เลยกำหนด ยังไม่ส่ง');

  await district.context().close();
  await admin.context().close();
});
