import type { Activity } from '@/features/activities/api/get-activities';
import type { Photo } from '@/features/activities/api/get-activity-photos';
import type { FiscalYear } from '@/features/calendar/api/get-fiscal-years';
import type { AuditEvent } from '@/features/centers/api/get-center-history';
import type { Member } from '@/features/centers/api/get-center-members';
import type { Center } from '@/features/centers/api/get-centers';
import type { LocationReport, LocationReportDistrict } from '@/features/centers/api/get-location-report';
import type { District } from '@/features/geo/api/get-districts';
import type { Province } from '@/features/geo/api/get-provinces';
import type { Subdistrict } from '@/features/geo/api/get-subdistricts';
import type { Compliance, ComplianceRow } from '@/features/compliance/api/get-compliance';
import type { Coverage } from '@/features/compliance/api/get-coverage';
import type { Me } from '@/features/me/api/get-me';
import type { AppConfig } from '@/lib/app-config';

/** The app-config the backend serves with its default settings (application.properties). */
export function createAppConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    keycloakUrl: 'http://localhost:8180',
    realm: 'cdvl',
    clientId: 'cdvl-web',
    photos: { maxBytes: 8 * 1024 * 1024, maxPerActivity: 10, acceptedTypes: ['image/jpeg', 'image/png', 'image/webp'] },
    thailand: { minLatitude: 5.5, maxLatitude: 20.6, minLongitude: 97.3, maxLongitude: 105.7 },
    ...overrides,
  };
}

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

export function createActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: '5b0c7d1e-2f4a-4a8e-9a51-000000000001',
    centerId: '0b9f3c52-1c3e-4a43-9d55-000000000001',
    centerName: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ',
    subdistrictCode: '520101',
    title: 'ปลูกผักสวนครัวรั้วกินได้',
    heldOn: '2024-12-05',
    category: 'MISSION',
    type: 'FRIDGE_AND_MEDICINE_CABINET',
    description: 'แจกเมล็ดพันธุ์ผักและสมุนไพร',
    outcomes: 'ครัวเรือนปลูกผัก 30 ครัวเรือน',
    participants: { committee: 9, volunteerLeaders: 20, community: 45, partners: 5, officers: 2 },
    budgetBaht: 3500,
    budgetSource: 'งบประมาณกรมการพัฒนาชุมชน',
    fiscalYear: 2568,
    quarter: 1,
    outsideOperationPeriod: false,
    photoCount: 2,
    version: 1,
    createdAt: '2024-12-05T15:00:00+07:00',
    createdBy: 'demo.district5201',
    updatedAt: '2024-12-05T15:00:00+07:00',
    updatedBy: 'demo.district5201',
    warnings: [],
    ...overrides,
  };
}

export function createPhoto(overrides: Partial<Photo> = {}): Photo {
  const id = overrides.id ?? '0d6f0b5e-8d1c-4f8a-b2c4-000000000001';
  const activityId = overrides.activityId ?? '5b0c7d1e-2f4a-4a8e-9a51-000000000001';
  return {
    id,
    activityId,
    etag: `"${'0'.repeat(63)}${id.slice(-1)}"`,
    contentType: 'image/jpeg',
    sizeBytes: 734512,
    width: 4032,
    height: 3024,
    createdAt: '2024-12-05T15:05:00+07:00',
    createdBy: 'demo.district5201',
    url: `/api/v1/activities/${activityId}/photos/${id}`,
    thumbnailUrl: `/api/v1/activities/${activityId}/photos/${id}/thumbnail`,
    ...overrides,
  };
}

export function createFiscalYear(year = 2568): FiscalYear {
  const ce = year - 543;
  const quarter = (q: number, startsOn: string, endsOn: string) => ({
    fiscalYear: year,
    quarter: q,
    startsOn,
    endsOn,
    labelTh: `ไตรมาส ${q}/${year}`,
    labelEn: `Q${q} FY${year}`,
  });
  return {
    year,
    startsOn: `${ce - 1}-10-01`,
    endsOn: `${ce}-09-30`,
    operationStartsOn: `${ce - 1}-11-15`,
    operationEndsOn: `${ce}-09-15`,
    quarters: [
      quarter(1, `${ce - 1}-10-01`, `${ce - 1}-12-31`),
      quarter(2, `${ce}-01-01`, `${ce}-03-31`),
      quarter(3, `${ce}-04-01`, `${ce}-06-30`),
      quarter(4, `${ce}-07-01`, `${ce}-09-30`),
    ],
    version: 0,
  };
}

/** Figures of a row or total: `compliant` of `centers` held activities, counted by category. */
export function figures(centers: number, compliant: number, byCategory = { MISSION: compliant, DIMENSION: 0, NATIONAL_DAY: 0 }) {
  const activities = byCategory.MISSION + byCategory.DIMENSION + byCategory.NATIONAL_DAY;
  return {
    centers,
    compliantCenters: compliant,
    nonCompliantCenters: centers - compliant,
    rate: centers ? Math.round((10000 * compliant) / centers) / 10000 : 0,
    activities,
    byCategory,
  };
}

/**
 * A center row as the server sends it: without `area`, which the contract marks required
 * (the server leaves it out on center rows).
 */
export function createCenterRow(id: string, name: string, activities: number): ComplianceRow {
  return {
    centerId: id,
    centerName: name,
    figures: figures(1, activities > 0 ? 1 : 0, { MISSION: activities, DIMENSION: 0, NATIONAL_DAY: 0 }),
  } as unknown as ComplianceRow;
}

export function createCompliance(overrides: Partial<Compliance> = {}): Compliance {
  const done = createCenterRow('0b9f3c52-1c3e-4a43-9d55-000000000001', 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ', 2);
  const none = createCenterRow('0b9f3c52-1c3e-4a43-9d55-000000000002', 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลพระบาท', 0);
  return {
    fiscalYear: 2568,
    quarter: 1,
    labelTh: 'ไตรมาส 1/2568',
    labelEn: 'Q1 FY2568',
    area: { level: 'DISTRICT', code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' },
    totals: figures(2, 1, { MISSION: 2, DIMENSION: 0, NATIONAL_DAY: 0 }),
    rows: [done, none],
    nonCompliant: [none],
    ...overrides,
  };
}

export function createCoverage(overrides: Partial<Coverage> = {}): Coverage {
  const types = [
    'FRIDGE_AND_MEDICINE_CABINET', 'LABOUR_SHARING_BANK', 'THREE_TREES', 'HOUSEHOLD_ACCOUNTS', 'WASTE_FOR_GOLD',
    'HERITAGE_MEMORY', 'OCCUPATION_SHARING', 'ENERGY_SAVING', 'FOUR_DIRECTIONS_MARKET', 'SUFFICIENCY_VILLAGE',
    'HEALTH', 'EDUCATION', 'OCCUPATION_INCOME', 'LIVING_CONDITIONS', 'STATE_SERVICES',
    'DEVELOPMENT_VOLUNTEER', 'DISASTER_VOLUNTEER', 'SPECIAL_TASK_VOLUNTEER',
  ] as Coverage['types'];
  const counts = Object.fromEntries(types.map((type) => [type, 0])) as Record<string, number>;
  return {
    fiscalYear: 2568,
    area: { level: 'DISTRICT', code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' },
    types,
    totals: { ...counts, FRIDGE_AND_MEDICINE_CABINET: 2, HEALTH: 1 },
    neverCovered: types.filter((type) => type !== 'FRIDGE_AND_MEDICINE_CABINET' && type !== 'HEALTH'),
    rows: [
      {
        centerId: '0b9f3c52-1c3e-4a43-9d55-000000000001',
        centerName: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ',
        counts: { ...counts, FRIDGE_AND_MEDICINE_CABINET: 2, HEALTH: 1 },
      } as unknown as Coverage['rows'][number],
    ],
    ...overrides,
  };
}
