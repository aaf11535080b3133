import { expect, test } from '@playwright/test';
import { createCenter, uniqueName } from './support/centers';
import { logIn, pageAs } from './support/login';

const jpeg = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
);

test('a district writes a lesson with a photo, the province publishes it, and an officer of another province finds it by a Thai word', async ({
  page,
  browser,
}) => {
  test.slow();
  const center = uniqueName('ศูนย์บทเรียน e2e');
  const title = `ปุ๋ยหมักใบไม้ e2e ${Date.now()}`;

  // Mueang Lampang's officer writes the lesson about a center of the district, with a photo, and submits it.
  await logIn(page, 'demo.district5201');
  await createCenter(page, center);
  await page.getByRole('link', { name: 'คลังบทเรียน' }).first().click();
  await page.getByRole('link', { name: 'เขียนบทเรียน' }).click();
  await expect(page.getByRole('heading', { name: 'เขียนบทเรียน' })).toBeVisible();
  await page.getByRole('combobox', { name: /^ศูนย์/ }).selectOption({ label: center });
  await page.getByRole('textbox', { name: /ชื่อเรื่อง/ }).fill(title);
  await page.getByRole('textbox', { name: /สภาพปัญหา/ }).fill('ครัวเรือนใช้ปุ๋ยเคมีราคาแพง');
  await page.getByRole('textbox', { name: /สิ่งที่ดำเนินการ/ }).fill('ชุมชนร่วมกันทำปุ๋ยหมักจากเศษใบไม้');
  await page.getByRole('textbox', { name: /ผลลัพธ์/ }).fill('ลดรายจ่าย 35 ครัวเรือน ครัวเรือนละ 1,200 บาทต่อปี');
  await page.getByRole('textbox', { name: /ปัจจัยความสำเร็จ/ }).fill('ผู้นำจิตอาสาลงมือทำเป็นตัวอย่าง');
  await page.getByRole('textbox', { name: /ข้อแนะนำสำหรับผู้อื่น/ }).fill('เริ่มจากครัวเรือนต้นแบบ 5 ครัวเรือน');
  await page.getByRole('combobox', { name: /ภารกิจและมิติที่เกี่ยวข้อง/ }).click({ force: true });
  await page.getByRole('option', { name: 'ขายขยะแลกทอง' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'บันทึกฉบับร่าง' }).click();

  await expect(page).toHaveURL(/\/lessons\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const lessonPath = new URL(page.url()).pathname;
  await page.getByLabel('เพิ่มภาพถ่าย').setInputFiles({ name: 'ปุ๋ยหมัก.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await expect(page.getByText('ปุ๋ยหมัก.jpg')).toBeVisible();
  await page.getByRole('button', { name: 'ส่งจังหวัด' }).click();
  await expect(page.getByText('ส่งจังหวัดแล้ว')).toBeVisible();

  // Lampang's province officer publishes it.
  const province = await pageAs(browser, 'demo.province52', lessonPath);
  await province.getByRole('button', { name: 'เผยแพร่' }).click();
  await expect(province.getByText('เผยแพร่แล้ว')).toBeVisible();
  await province.context().close();

  // An officer in Chiang Mai finds it by a word written inside an unspaced sentence, cover photo and all, and may share it.
  const other = await pageAs(browser, 'demo.district5001', '/lessons');
  await other.getByRole('searchbox', { name: 'ค้นหา' }).fill('เศษใบไม้');
  await other.keyboard.press('Enter');
  const card = other.getByRole('article', { name: title });
  await expect(card).toBeVisible();
  await expect(card.getByRole('img', { name: `ภาพปกของบทเรียน ${title}` })).toBeVisible();
  await card.getByRole('link', { name: title }).click();
  await expect(other.getByRole('heading', { name: title })).toBeVisible();
  await expect(other.getByTestId('share-text')).toContainText(`${lessonPath}`);
  await expect(other.getByRole('button', { name: 'เผยแพร่' })).toHaveCount(0);
  await other.context().close();
});
