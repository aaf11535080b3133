import { expect, test } from '@playwright/test';
import { createCenter, uniqueName } from './support/centers';
import { logIn } from './support/login';

test('a province officer scores a center on a phone at the center, and it shows in the province ranking', async ({ page, browser }) => {
  test.slow();

  // The department makes sure this fiscal year has a rubric (an earlier run or test may have set one).
  await logIn(page, 'demo.national', '/evaluation');
  await page.getByRole('link', { name: 'เกณฑ์การประเมิน' }).click();
  const firstName = page.getByRole('textbox', { name: /^เกณฑ์ที่ 1/ });
  await expect(firstName).toBeVisible();
  if ((await firstName.inputValue()) === '') {
    await firstName.fill('การจัดกิจกรรมต่อเนื่อง');
    await page.getByRole('textbox', { name: /^น้ำหนัก/ }).first().fill('100');
    await page.getByRole('textbox', { name: /^ชื่อระดับ/ }).first().fill('ผ่าน');
    await page.getByRole('textbox', { name: /^คะแนนขั้นต่ำ/ }).first().fill('1');
    await page.getByRole('button', { name: 'บันทึกเกณฑ์' }).click();
    await expect(page.getByText('บันทึกเกณฑ์แล้ว')).toBeVisible();
  }

  // Mueang Lampang has a new center.
  const district = await browser.newContext();
  const districtPage = await district.newPage();
  await logIn(districtPage, 'demo.district5201');
  const name = uniqueName('ศูนย์ประเมิน e2e');
  const centerPath = await createCenter(districtPage, name);
  await district.close();

  // The province's officer visits it, phone in hand.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  const officer = await phone.newPage();
  await logIn(officer, 'demo.province52', centerPath);
  await officer.getByRole('link', { name: 'บันทึกการประเมินศูนย์นี้' }).click();
  await expect(officer.getByRole('heading', { name: 'บันทึกการลงพื้นที่ติดตามประเมินผล' })).toBeVisible();
  await expect(officer.getByRole('combobox', { name: /ศูนย์/ })).toHaveValue(/[0-9a-f-]{36}/);
  await officer.getByRole('textbox', { name: /ผู้ลงพื้นที่/ }).fill('นางสาวทดสอบ ประเมินดี นักวิชาการพัฒนาชุมชน');
  const groups = officer.getByRole('radiogroup', { name: /^คะแนน / });
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await groups.nth(i).getByText('4', { exact: true }).click();
  expect(await officer.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  await officer.getByRole('textbox', { name: 'จุดเด่น' }).fill('คณะกรรมการเข้มแข็ง');
  await officer.getByRole('button', { name: 'บันทึก', exact: true }).click();

  await expect(officer).toHaveURL(/\/evaluation\/visits\/[0-9a-f-]{36}$/);
  await expect(officer.getByText('4.00')).toBeVisible();

  // A photo of the visit, from the phone; it opens in the page, and the page still fits 360 px.
  const jpeg = Buffer.from(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
    'base64',
  );
  await officer.getByLabel('เพิ่มภาพถ่าย').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await officer.getByRole('button', { name: 'ดูภาพ IMG_0001.jpg' }).click();
  await expect(officer.getByRole('dialog', { name: 'IMG_0001.jpg' }).getByRole('img', { name: 'IMG_0001.jpg' })).toBeVisible();
  await officer.keyboard.press('Escape');
  expect(await officer.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

  await officer.goto('/evaluation');
  const ranking = officer.getByRole('table', { name: /^ลำดับศูนย์ ปีงบประมาณ/ });
  await expect(ranking.getByRole('row', { name: new RegExp(name) })).toContainText('4.00');
  await phone.close();
});
