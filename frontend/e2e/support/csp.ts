import type { Page } from '@playwright/test';

export type CspViolation = { page: string; directive: string; blocked: string };

/**
 * Collects the content security policy violations on the app's own pages, both as the browser
 * reports them to the page (securitypolicyviolation events) and as it logs them ("Refused to ...").
 * Keycloak's pages carry Keycloak's policy, not ours, and are left out.
 */
export async function watchCspViolations(page: Page, appOrigin: string): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await page.exposeFunction('__cdvlCspViolation', (violation: CspViolation) => {
    if (new URL(violation.page).origin === appOrigin) violations.push(violation);
  });
  // A string, not a function: e2e code is type-checked without the DOM library.
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) =>
    window.__cdvlCspViolation({ page: event.documentURI, directive: event.effectiveDirective, blocked: event.blockedURI }));`);
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy/.test(message.text()) && page.url().startsWith(appOrigin)) {
      violations.push({ page: page.url(), directive: 'console', blocked: message.text() });
    }
  });
  return violations;
}
