import type { Partner } from '../api/get-partners';
import type { PartnerLink } from '../api/get-partner-links';
import type { SectorCoverage, SectorCoverageRow } from '../api/get-sector-coverage';
import type { SimilarPartner } from '../api/get-similar-partners';

export const PARTNER_ID = '9a1b2c3d-0000-4000-8000-000000000001';
export const CENTER_ID = '0b9f3c52-1c3e-4a43-9d55-000000000001';

export function createPartner(overrides: Partial<Partner> = {}): Partner {
  return {
    id: PARTNER_ID,
    name: 'วัดพระธาตุลำปางหลวง',
    sector: 'RELIGION',
    kind: 'วัด',
    contactPerson: 'พระครูสมุห์สมชาย',
    contactPhone: '054-111222',
    areaCode: '5201',
    area: { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' },
    mouOn: '2024-11-20',
    active: true,
    version: 2,
    createdAt: '2024-11-20T09:00:00+07:00',
    createdBy: 'demo.district5201',
    updatedAt: '2024-12-13T16:30:00+07:00',
    updatedBy: 'demo.district5201',
    ...overrides,
  };
}

export function createSimilarPartner(overrides: Partial<SimilarPartner> = {}): SimilarPartner {
  return {
    id: '9a1b2c3d-0000-4000-8000-000000000009',
    name: 'วัดพระธาตุลำปางหลวง',
    sector: 'RELIGION',
    areaCode: '5201',
    similarity: 0.92,
    ...overrides,
  };
}

export function createPartnerLink(overrides: Partial<PartnerLink> = {}): PartnerLink {
  return {
    id: '4c5d6e7f-0000-4000-8000-000000000001',
    partnerId: PARTNER_ID,
    partnerName: 'วัดพระธาตุลำปางหลวง',
    sector: 'RELIGION',
    centerId: CENTER_ID,
    centerName: 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ',
    subdistrictCode: '520101',
    fiscalYear: 2568,
    supports: ['KNOWLEDGE'],
    version: 1,
    updatedAt: '2024-12-13T16:30:00+07:00',
    updatedBy: 'demo.district5201',
    ...overrides,
  };
}

const bySector = (values: Partial<Record<string, number>> = {}) => ({
  GOVERNMENT: 0,
  RELIGION: 0,
  EDUCATION: 0,
  PRIVATE: 0,
  PEOPLE: 0,
  CIVIL_SOCIETY: 0,
  MEDIA: 0,
  ...values,
});

/** A center row as the server sends it: no area, the sectors working with the center. */
export function createCenterCoverageRow(
  id: string,
  name: string,
  sectors: SectorCoverageRow['sectors'],
): SectorCoverageRow {
  return { centerId: id, centerName: name, sectors, sectorCount: sectors.length };
}

/** Mueang Lampang in FY2568: one center with 3 sectors, one with only the temple. */
export function createSectorCoverage(overrides: Partial<SectorCoverage> = {}): SectorCoverage {
  const rows = [
    createCenterCoverageRow(CENTER_ID, 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ', ['GOVERNMENT', 'RELIGION', 'EDUCATION']),
    createCenterCoverageRow('0b9f3c52-1c3e-4a43-9d55-000000000002', 'ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลพระบาท', ['RELIGION']),
  ];
  return {
    fiscalYear: 2568,
    minSectors: 3,
    area: { code: '5201', nameTh: 'เมืองลำปาง', nameEn: 'Mueang Lampang' },
    centers: 2,
    centersBelowMinimum: 1,
    partnersBySector: bySector({ GOVERNMENT: 1, RELIGION: 2, EDUCATION: 1 }),
    budgetBySector: bySector({ GOVERNMENT: 5000, RELIGION: 1500.5 }),
    centersBySector: bySector({ GOVERNMENT: 1, RELIGION: 2, EDUCATION: 1 }),
    rows,
    belowMinimum: [rows[1]!],
    ...overrides,
  };
}
