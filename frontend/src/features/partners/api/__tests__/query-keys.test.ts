import { expect, test } from 'vitest';
import { seededClient } from '@/testing/query-cache';
import { CENTER_ID, createPartnerLink, PARTNER_ID } from '../../testing/data-generators';
import { invalidateLinkQueries } from '../create-partner-link';
import { activityPartnerKeys, partnerKeys, partnerLinkKeys, sectorCoverageKeys } from '../query-keys';

const OTHER_ID = '0b9f3c52-1c3e-4a43-9d55-000000000002';

test("a link write refreshes the center's and the partner's links and the sector coverage, nothing else", async () => {
  const seen = [
    partnerLinkKeys.center(CENTER_ID),
    partnerLinkKeys.partner(PARTNER_ID),
    sectorCoverageKeys.figures({ fiscalYear: 2569 }),
    partnerLinkKeys.center(OTHER_ID),
    partnerLinkKeys.partner(OTHER_ID),
    partnerKeys.detail(PARTNER_ID),
    partnerKeys.list({ page: 0 }),
    activityPartnerKeys.activity(OTHER_ID),
  ];
  const cache = seededClient(seen);
  await invalidateLinkQueries(cache.client, createPartnerLink({ centerId: CENTER_ID, partnerId: PARTNER_ID }));
  expect(cache.stale()).toEqual(seen.slice(0, 3));
});

test("the partners' lists take in the look-alikes of a name but no partner", async () => {
  const seen = [partnerKeys.list({ page: 0 }), partnerKeys.similar('วัด', '52'), partnerKeys.detail(PARTNER_ID)];
  const cache = seededClient(seen);
  await cache.client.invalidateQueries({ queryKey: partnerKeys.lists() });
  expect(cache.stale()).toEqual(seen.slice(0, 2));
});
