/** The If-Match value naming the version a change was based on (the API's ETag is the quoted version). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

/** The version an ETag names ("\"3\"" → 3, weak tags too); a save that answered without one is a contract breach. */
export function versionOf(etag: string | null): number {
  const version = Number((etag ?? '').replace(/^W\//, '').replaceAll('"', ''));
  if (etag === null || !Number.isInteger(version)) throw new Error(`The API answered without a version ETag (${etag})`);
  return version;
}

/** Asks a save to answer 204 with the new ETag instead of the record (RFC 7240). */
export const RETURN_MINIMAL = { Prefer: 'return=minimal' } as const;
