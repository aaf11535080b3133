import { expect, test } from '@playwright/test';
import { logIn, pageAs } from './support/login';

/** A date in Bangkok `days` from today, as a date input takes it. */
function bangkokDate(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test('a district records a meeting, its overdue resolution waits in the follow-up until marked done, and the province reads it', async ({
  page,
  browser,
}) => {
  test.slow();
  const title = `ประชุมคณะทำงาน e2e ${Date.now()}`;
  const resolution = `ทุกศูนย์ส่งแผน e2e ${Date.now()}`;

  await logIn(page, 'demo.district5201');
  await page.getByRole('link', { name: 'การประชุมกลไก' }).first().click();
  await page.getByRole('link', { name: 'บันทึกการประชุม' }).click();
  await expect(page.getByRole('heading', { name: 'บันทึกการประชุมกลไกขับเคลื่อน' })).toBeVisible();
  await page.getByLabel('วันที่ประชุม').fill(bangkokDate(-10));
  await page.getByRole('textbox', { name: 'สถานที่ประชุม' }).fill('ห้องประชุมที่ว่าการอำเภอเมืองลำปาง');
  await page.getByRole('textbox', { name: /ชื่อการประชุม/ }).fill(title);
  await page.getByRole('textbox', { name: 'วาระการประชุม' }).fill('1. แผนขับเคลื่อนไตรมาสหน้า');
  await page.getByRole('textbox', { name: 'ผู้นำจิตอาสาพัฒนาชุมชน' }).fill('15');
  await page.getByRole('button', { name: 'เพิ่มมติ' }).click();
  await page.getByRole('textbox', { name: 'มติที่ 1' }).fill(resolution);
  await page.getByRole('textbox', { name: 'ผู้รับผิดชอบ' }).fill('พัฒนาการอำเภอ');
  await page.getByLabel('กำหนดเสร็จ').fill(bangkokDate(-1));
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();

  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const meetingUrl = new URL(page.url()).pathname;
  const item = page.getByRole('listitem', { name: 'มติที่ 1' });
  await expect(item).toContainText('เลยกำหนด');

  // The signed minutes go with the meeting, as a PDF; a PDF is refused as a photo.
  const pdf = { name: 'รายงานการประชุม.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };
  await page.getByLabel('แนบรายงานการประชุม').setInputFiles(pdf);
  const minutes = page.getByRole('region', { name: 'รายงานการประชุม' });
  await expect(minutes.getByRole('button', { name: 'บันทึกไฟล์ รายงานการประชุม.pdf' })).toBeVisible();
  await page.getByLabel('เพิ่มภาพถ่าย').setInputFiles({ ...pdf, name: 'ไม่ใช่ภาพ.jpg', mimeType: 'image/jpeg' });
  await expect(page.getByText('ไม่รับไฟล์ประเภทนี้')).toBeVisible();
  const download = page.waitForEvent('download');
  await minutes.getByRole('button', { name: 'บันทึกไฟล์ รายงานการประชุม.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('รายงานการประชุม.pdf');

  // The follow-up on the list page holds it until it is done.
  await page.getByRole('link', { name: 'กลับไปรายการการประชุม' }).click();
  const followUp = page.getByRole('table', { name: 'มติที่ยังไม่แล้วเสร็จ เรียงตามกำหนดเสร็จ' });
  await expect(followUp.getByRole('row', { name: new RegExp(resolution) })).toContainText('เลยกำหนด');
  await followUp.getByRole('link', { name: new RegExp(title) }).first().click();

  await page.getByRole('button', { name: 'บันทึกว่าแล้วเสร็จ: มติที่ 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'บันทึกว่ามติแล้วเสร็จ' });
  await dialog.getByRole('textbox', { name: 'ผลการดำเนินงาน (ถ้ามี)' }).fill('ส่งครบทุกศูนย์');
  await dialog.getByRole('button', { name: 'บันทึก' }).click();
  await expect(dialog).toBeHidden();
  await expect(item).toContainText('แล้วเสร็จ');
  await page.getByRole('link', { name: 'กลับไปรายการการประชุม' }).click();
  await expect(page.getByRole('heading', { name: 'มติที่ต้องติดตามในการประชุมครั้งต่อไป' })).toBeVisible();
  await expect(page.getByText(resolution)).toHaveCount(0);

  // The province reads the district's meeting, names included, and prints the minutes.
  const province = await pageAs(browser, 'demo.province52', meetingUrl);
  await expect(province.getByRole('heading', { name: title })).toBeVisible();
  await expect(province.getByRole('region', { name: 'รายงานการประชุม' })).toContainText('รายงานการประชุม.pdf');
  await province.getByRole('link', { name: 'พิมพ์รายงานการประชุม A4' }).click();
  await expect(province.getByRole('article', { name: 'รายงานการประชุม' })).toContainText(resolution);
});
