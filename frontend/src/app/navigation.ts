import type { Role } from '@/features/me/api/get-me';

export type NavItem = {
  to: string;
  /** Key in the common namespace. */
  labelKey: string;
  end?: boolean;
  /** Roles that may use the page; absent means every signed-in user. */
  roles?: readonly Role[];
};

// Only pages that exist belong here.
export const navItems: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', end: true },
  { to: '/centers', labelKey: 'nav.centers' },
  { to: '/activities', labelKey: 'nav.activities' },
  { to: '/partners', labelKey: 'nav.partners' },
  // Guideline step 2: meetings of the driving mechanism and the follow-up of their resolutions.
  { to: '/meetings', labelKey: 'meetings:nav' },
  { to: '/plans', labelKey: 'plans:nav' },
  // Guideline step 5: evaluation visits with scores, rankings and follow-ups.
  { to: '/evaluation', labelKey: 'evaluation:nav' },
  // Guideline step 6: lessons learned from the centers' successes, a library every signed-in user reads.
  { to: '/lessons', labelKey: 'lessons:nav' },
  { to: '/compliance', labelKey: 'nav.compliance' },
  { to: '/reports', labelKey: 'reporting:nav' },
  // The department's queue of the provinces' reports.
  { to: '/reports/provinces', labelKey: 'reporting:navProvinces', roles: ['NATIONAL', 'ADMIN'] },
  // The department's deadline desk: dates, operation period, holidays, office e-mails and reminders.
  { to: '/reports/deadlines', labelKey: 'reporting:navDeadlines', roles: ['NATIONAL', 'ADMIN'] },
  // Province officers and district officers answer requests; the department and provinces send them.
  { to: '/documents', labelKey: 'documents:nav', roles: ['ADMIN', 'NATIONAL', 'PROVINCE_OFFICER', 'DISTRICT_OFFICER'] },
  { to: '/me', labelKey: 'nav.me' },
  { to: '/geo', labelKey: 'nav.geo' },
];

export function navItemsFor(roles: readonly Role[], items: readonly NavItem[] = navItems): NavItem[] {
  return items.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
}
