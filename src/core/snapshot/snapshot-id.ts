/**
 * A snapshot's id: its asOf as 15-digit epoch milliseconds, then 16 hex digits
 * of the content hash. Ids sort by asOf as plain strings, are the same for the
 * same export at the same date (so storing twice changes nothing), and are safe
 * as file names and Redis keys.
 *
 * @example snapshotId('2019-03-18T06:42:00.000Z', 'ab12…') // '001552891320000-ab12…'
 */
export function snapshotId(asOf: string, contentHash: string): string {
  const ms = Date.parse(asOf);
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`snapshot asOf is not a date after 1970: ${asOf}`);
  const hash = contentHash
    .toLowerCase()
    .replace(/[^0-9a-f]/g, '')
    .slice(0, 16);
  if (hash.length < 8) throw new RangeError(`snapshot content hash is not hex: ${contentHash}`);
  return `${String(ms).padStart(15, '0')}-${hash}`;
}
