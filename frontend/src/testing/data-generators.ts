import type { District } from '@/features/geo/api/get-districts';
import type { Province } from '@/features/geo/api/get-provinces';
import type { Subdistrict } from '@/features/geo/api/get-subdistricts';
import type { Me } from '@/features/me/api/get-me';

export function createProvince(overrides: Partial<Province> = {}): Province {
  return { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang', districtCount: 13, subdistrictCount: 100, ...overrides };
}

export function createDistrict(overrides: Partial<District> = {}): District {
  return {
    code: '5201',
    provinceCode: '52',
    nameTh: 'เมืองลำปาง',
    nameEn: 'Mueang Lampang',
    subdistrictCount: 19,
    ...overrides,
  };
}

export function createSubdistrict(overrides: Partial<Subdistrict> = {}): Subdistrict {
  return {
    code: '520101',
    districtCode: '5201',
    provinceCode: '52',
    nameTh: 'เวียงเหนือ',
    nameEn: 'Wiang Nuea',
    postalCode: '52000',
    latitude: 18.29,
    longitude: 99.49,
    ...overrides,
  };
}

export function createMe(overrides: Partial<Me> = {}): Me {
  return {
    username: 'demo.district5201',
    displayName: 'สมชาย ใจดี',
    firstName: 'สมชาย',
    lastName: 'ใจดี',
    email: 'demo.district5201@example.test',
    roles: ['DISTRICT_OFFICER'],
    area: {
      level: 'DISTRICT',
      code: '5201',
      nameTh: 'เมืองลำปาง',
      nameEn: 'Mueang Lampang',
      province: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
    },
    ...overrides,
  };
}

/** The list envelope every collection endpoint returns. */
export function page<T>(items: T[]) {
  return { items, page: 0, size: 200, totalItems: items.length, totalPages: 1 };
}
