import type { AuditEvent } from '@/features/centers/api/get-center-history';
import type { Member } from '@/features/centers/api/get-center-members';
import type { Center } from '@/features/centers/api/get-centers';
import type { LocationReport, LocationReportDistrict } from '@/features/centers/api/get-location-report';
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

export function createCenter(overrides: Partial<Center> = {}): Center {
  return {
    id: '0b9f3c52-1c3e-4a43-9d55-000000000001',
    subdistrictCode: '520101',
    subdistrict: { code: '520101', nameTh: 'เวียงเหนือ', nameEn: 'Wiang Nuea' },
    district: { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' },
    province: { code: '52', nameTh: 'ลำปาง', nameEn: 'Lampang' },
    name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ',
    villageNo: 3,
    villageName: 'บ้านป่าขาม',
    latitude: 18.3041,
    longitude: 99.4977,
    establishedOn: '2022-03-01',
    status: 'ACTIVE',
    phone: '054-123456',
    version: 3,
    createdAt: '2024-11-20T09:00:00+07:00',
    createdBy: 'demo.district5201',
    updatedAt: '2024-12-13T16:30:00+07:00',
    updatedBy: 'demo.district5201',
    ...overrides,
  };
}

export function createMember(overrides: Partial<Member> = {}): Member {
  return {
    id: '7d0e8f1a-0000-4000-8000-000000000001',
    centerId: '0b9f3c52-1c3e-4a43-9d55-000000000001',
    fullName: 'นางสมศรี มีสุข',
    role: 'CHAIR',
    gender: 'FEMALE',
    phone: '081-234-5678',
    since: '2023-01-10',
    active: true,
    version: 1,
    createdAt: '2024-11-20T09:00:00+07:00',
    updatedAt: '2024-11-20T09:00:00+07:00',
    ...overrides,
  };
}

export function createAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: 'a0000000-0000-4000-8000-000000000001',
    occurredAt: '2024-12-13T16:30:00+07:00',
    actor: 'demo.district5201',
    clientId: 'cdvl-web',
    entityType: 'CENTER',
    entityId: '0b9f3c52-1c3e-4a43-9d55-000000000001',
    areaCode: '520101',
    action: 'UPDATE',
    changes: [{ field: 'phone', before: '054-000000', after: '054-123456' }],
    ...overrides,
  };
}

export function createReportDistrict(overrides: Partial<LocationReportDistrict> = {}): LocationReportDistrict {
  return {
    code: '5201',
    nameTh: 'เมืองลำปาง',
    nameEn: 'Mueang Lampang',
    totals: { subdistricts: 2, subdistrictsWithCenter: 1, subdistrictsWithoutCenter: 1, centers: 1 },
    subdistricts: [
      {
        code: '520101',
        nameTh: 'เวียงเหนือ',
        nameEn: 'Wiang Nuea',
        hasCenter: true,
        centers: [
          {
            id: '0b9f3c52-1c3e-4a43-9d55-000000000001',
            name: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ',
            villageNo: 3,
            villageName: 'บ้านป่าขาม',
            latitude: 18.3041,
            longitude: 99.4977,
            status: 'ACTIVE',
            operatingPoint: true,
          },
        ],
      },
      { code: '520102', nameTh: 'หัวเวียง', nameEn: 'Hua Wiang', hasCenter: false, centers: [] },
    ],
    ...overrides,
  };
}

export function createLocationReport(overrides: Partial<LocationReport> = {}): LocationReport {
  return {
    areaCode: '5201',
    areaNameTh: 'เมืองลำปาง',
    areaNameEn: 'Mueang Lampang',
    generatedAt: '2026-11-25T10:00:00+07:00',
    totals: { subdistricts: 2, subdistrictsWithCenter: 1, subdistrictsWithoutCenter: 1, centers: 1 },
    districts: [createReportDistrict()],
    ...overrides,
  };
}
