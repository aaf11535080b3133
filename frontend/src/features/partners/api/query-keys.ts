import type { operations } from '@/lib/api/schema';

type PartnersQuery = NonNullable<operations['listPartners']['parameters']['query']>;
type SectorCoverageQuery = NonNullable<operations['getSectorCoverage']['parameters']['query']>;

/**
 * Query keys of the partners feature, one factory per resource, so the same data is cached once
 * and a write invalidates every screen showing it. Every list of partners (pages and the
 * look-alikes of a new name) sits under partnerKeys.lists(); a link shows in two lists, the
 * center's and the partner's, both under partnerLinkKeys.all().
 */
export const partnerKeys = {
  all: () => ['partners'] as const,
  lists: () => [...partnerKeys.all(), 'list'] as const,
  list: (query: PartnersQuery) => [...partnerKeys.lists(), query] as const,
  /** Partners of the area named like `name`, to warn of a duplicate. */
  similar: (name: string, areaCode: string) => [...partnerKeys.lists(), 'similar', name, areaCode] as const,
  details: () => [...partnerKeys.all(), 'detail'] as const,
  detail: (id: string) => [...partnerKeys.details(), id] as const,
};

export const partnerLinkKeys = {
  all: () => ['partner-links'] as const,
  /** Every fiscal year's links of a center. */
  center: (centerId: string) => [...partnerLinkKeys.all(), 'center', centerId] as const,
  /** A partner's links to centers of the caller's area. */
  partner: (partnerId: string) => [...partnerLinkKeys.all(), 'partner', partnerId] as const,
};

/** The partners who took part in an activity. */
export const activityPartnerKeys = {
  all: () => ['activity-partners'] as const,
  activity: (activityId: string) => [...activityPartnerKeys.all(), activityId] as const,
};

/** Links per sector, counted for an area and fiscal year. */
export const sectorCoverageKeys = {
  all: () => ['sector-coverage'] as const,
  figures: (query: SectorCoverageQuery) => [...sectorCoverageKeys.all(), query] as const,
};
