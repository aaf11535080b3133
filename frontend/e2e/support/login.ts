import { expect, type Browser, type Page } from '@playwright/test';

// Every demo user has this password; it exists only in the local demo realm.
export const DEMO_PASSWORD = 'local-demo-only';

// The realm's login pages default to Thai but may answer in English; accept both.
export function loginForm(page: Page) {
  return {
    username: page.getByRole('textbox', { name: /^(ชื่อผู้ใช้งาน|Username)/ }),
    password: page.getByRole('textbox', { name: /^(รหัสผ่าน|Password)/ }),
    submit: page.getByRole('button', { name: /^(เข้าสู่ระบบ|Sign In)$/ }),
  };
}

/** Opens the app at `path`, signs in on the real Keycloak page and waits for the app. */
export async function logIn(page: Page, username: string, path = '/') {
  await page.goto(path);
  // The SPA sends the browser to the real Keycloak login page.
  await expect(page).toHaveURL(/\/realms\/cdvl\/protocol\/openid-connect\/auth/);
  const form = loginForm(page);
  await form.username.fill(username);
  await form.password.fill(DEMO_PASSWORD);
  await form.submit.click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toBeVisible();
}

/** A page in a browser context of its own, signed in as `username` (contexts share no session). */
export async function pageAs(browser: Browser, username: string, path = '/'): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, username, path);
  return page;
}
