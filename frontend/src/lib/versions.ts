/** The If-Match value naming the version a change was based on (the API's ETag is the quoted version). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}
