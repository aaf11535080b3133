import { narrativeFields, type NarrativeSource } from '../utils/narrative';
import type { Narrative } from './write-district-report';

/**
 * A report as it stands after a narrative save that answered 204 (Prefer: return=minimal): the
 * same report with the narrative as the server keeps it (a blank part is none) and the new version.
 * A narrative changes no figure and no state, so nothing else needs reading again.
 */
export function withSavedNarrative<R extends NarrativeSource & { version: number }>(
  report: R,
  narrative: Narrative,
  version: number,
): R {
  const saved: R = { ...report, version };
  for (const field of narrativeFields) {
    const part = narrative[field]?.trim() ? narrative[field] : undefined;
    saved[field] = part as R[typeof field];
  }
  return saved;
}
