import { expect, test } from '@playwright/test';
import { logIn, loginForm } from './support/login';

const USER = 'demo.district5201';

test('a district officer logs in, browses geography in Thai and English, and logs out', async ({ page }) => {
  await logIn(page, USER);

  const header = page.getByRole('banner');
  await expect(header.getByRole('heading', { name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชน' })).toBeVisible();
  await expect(header.getByText('สมชาย ใจดี')).toBeVisible();
  await expect(header.getByText(/เมืองลำปาง/)).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'เมนูหลัก' });
  await nav.getByRole('link', { name: 'ข้อมูลของฉัน' }).click();
  await expect(page.getByRole('heading', { name: 'ข้อมูลของฉัน' })).toBeVisible();
  await expect(page.getByRole('main').getByText('สมชาย ใจดี')).toBeVisible();
  await expect(page.getByRole('main').getByText('เจ้าหน้าที่พัฒนาชุมชนอำเภอ')).toBeVisible();
  await expect(page.getByRole('main').getByText('เมืองลำปาง', { exact: true })).toBeVisible();

  await nav.getByRole('link', { name: 'ภูมิศาสตร์' }).click();
  await page.getByRole('link', { name: 'ลำปาง', exact: true }).click();
  await expect(page).toHaveURL(/\/geo\/52$/);
  await expect(page.getByRole('heading', { name: 'จังหวัดลำปาง' })).toBeVisible();
  await expect(page.getByText('13 อำเภอ')).toBeVisible();
  const districts = page.getByRole('table', { name: /อำเภอในจังหวัดลำปาง/ });
  await expect(districts.locator('tbody').getByRole('row')).toHaveCount(13);

  await page.getByRole('radiogroup', { name: 'ภาษา' }).getByText('English').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Lampang Province' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mueang Lampang' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Geography' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Lampang Province' })).toBeVisible();
  await expect(page.getByText('13 districts')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/realms\/cdvl\/protocol\/openid-connect\/auth/);
  await expect(loginForm(page).username).toBeVisible();
});
