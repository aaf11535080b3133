import { expect, test } from '@playwright/test';
import { createCenter, uniqueName } from './support/centers';
import { watchCspViolations } from './support/csp';
import { logIn } from './support/login';

const MAIN_PAGES = [
  '/',
  '/centers',
  '/centers/map',
  '/centers/new',
  '/centers/location-report',
  '/activities',
  '/activities/new',
  '/partners',
  '/partners/coverage',
  '/compliance',
  '/reports',
  '/reports/completeness',
  '/me',
  '/geo/52',
];

test('the main pages work under the content security policy without breaking it', async ({ page, baseURL }) => {
  const violations = await watchCspViolations(page, new URL(baseURL!).origin);
  await logIn(page, 'demo.district5201');

  for (const path of MAIN_PAGES) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self'");
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  // a center's own page, with its location on a map
  await createCenter(page, uniqueName('ศูนย์ตรวจนโยบายความปลอดภัย'));
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);

  // The policy is enforced and the watch sees a breach: an injected inline script is refused.
  await page.evaluate(`(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.appendChild(script);
  })()`);
  await expect.poll(() => violations.map((violation) => violation.directive)).toContain('script-src-elem');
  expect(await page.evaluate('window.__injected === true')).toBe(false);
});
