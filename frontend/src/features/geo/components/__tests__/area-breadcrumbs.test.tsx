import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createMe, createProvince } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/test-utils';
import { AreaBreadcrumbs } from '../area-breadcrumbs';

const NATIONAL = createMe({ roles: ['NATIONAL'], area: { level: 'NATIONAL', nameTh: 'ทั่วประเทศ', nameEn: 'Nationwide' } });
const DISTRICT = { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' };
const linkTo = (code: string) => `/view?areaCode=${code}`;

test('leads a national user from the nation through the province, named by the geography API, to the district', async () => {
  mockApi({ 'GET /api/v1/provinces/52': createProvince() });
  renderRoute(<AreaBreadcrumbs own={NATIONAL.area} current={DISTRICT} linkTo={linkTo} nationLabel="ทั่วประเทศ" />);

  const crumbs = screen.getByRole('navigation', { name: 'ตำแหน่งปัจจุบัน' });
  expect(within(crumbs).getByRole('link', { name: 'ทั่วประเทศ' })).toHaveAttribute('href', '/view?areaCode=');
  expect(await within(crumbs).findByRole('link', { name: 'ลำปาง' })).toHaveAttribute('href', '/view?areaCode=52');
  expect(within(crumbs).getByText('เมืองลำปาง')).toHaveAttribute('aria-current', 'page');
});

test('starts at the user’s own area, and can leave it out when it is the only crumb', () => {
  const own = createMe().area;
  const view = renderRoute(<AreaBreadcrumbs own={own} current={DISTRICT} linkTo={linkTo} nationLabel="ทั่วประเทศ" />);
  expect(within(screen.getByRole('navigation')).getByText('เมืองลำปาง')).toBeInTheDocument();
  expect(screen.queryByRole('link')).not.toBeInTheDocument();
  view.unmount();

  renderRoute(<AreaBreadcrumbs own={own} current={DISTRICT} linkTo={linkTo} nationLabel="ทั่วประเทศ" hideAlone />);
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
});
