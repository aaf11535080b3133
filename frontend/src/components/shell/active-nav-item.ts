export type ShellNavItem = { to: string; label: string; end?: boolean };

function matches(pathname: string, { to, end }: ShellNavItem): boolean {
  return end ? pathname === to : pathname === to || pathname.startsWith(`${to}/`);
}

/**
 * The one item the page belongs to: the most specific that matches, so /reports/provinces marks
 * "province reports" and not "reports" too.
 */
export function activeNavItem(pathname: string, nav: readonly ShellNavItem[]): ShellNavItem | undefined {
  return nav.filter((item) => matches(pathname, item)).sort((a, b) => b.to.length - a.to.length)[0];
}
