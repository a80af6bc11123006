/**
 * From the raw inventory to the cleaned fleet (DESIGN.md "Domain rules"):
 * duplicates resolved, every string column cleaned per distinct value, Java
 * majors read once per version, and stale hosts marked.
 *
 * Stale: last seen more than `campaign.staleDays` days before `asOf`, the
 * newest `Last seen` in the export (not the wall clock, so an old export gives
 * the same report forever). A host whose `Last seen` is blank or unreadable is
 * counted as stale too: nothing vouches that it is still alive.
 *
 * @example cleanInventory(inventory, DEFAULT_CAMPAIGN).team.values // ['Team Blue', '(no team)']
 */
import type { Campaign } from '../campaign.ts';
import { cleanDictColumn } from './clean-dict-column.ts';
import { cleanEnvironment } from './clean-environment.ts';
import { cleanTeam } from './clean-team.ts';
import { cleanVersion } from './clean-version.ts';
import { dedupeHosts } from './dedupe-hosts.ts';
import type { Fleet } from './fleet.ts';
import type { HostIds, Inventory } from './inventory.ts';
import { mapDistribution } from './map-distribution.ts';
import { parseJavaMajor } from './parse-java-major.ts';
import { parseLastSeen } from './parse-last-seen.ts';

const DAY_MS = 86_400_000;

/** Epoch ms per row, parsing each distinct `Last seen` text once. */
function lastSeenPerRow(inventory: Inventory): Float64Array {
  const { codes, values } = inventory.lastSeen;
  const parsed = Float64Array.from(values, parseLastSeen);
  const out = new Float64Array(inventory.rows);
  for (let i = 0; i < out.length; i++) out[i] = parsed[codes[i]];
  return out;
}

function pick(source: Float64Array, keep: Uint32Array | null): Float64Array {
  if (!keep) return source;
  const out = new Float64Array(keep.length);
  for (let i = 0; i < keep.length; i++) out[i] = source[keep[i]];
  return out;
}

function pickIds(ids: HostIds, keep: Uint32Array | null): HostIds {
  if (!keep) return ids;
  if (ids.kind === 'numeric') return { kind: 'numeric', values: pick(ids.values, keep) };
  return { kind: 'text', values: Array.from(keep, (row) => ids.values[row]) };
}

function newest(lastSeen: Float64Array): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < lastSeen.length; i++) if (lastSeen[i] > max) max = lastSeen[i];
  return max === Number.NEGATIVE_INFINITY ? Number.NaN : max;
}

function staleFlags(lastSeen: Float64Array, asOf: number, staleDays: number): Uint8Array {
  const cutoff = asOf - staleDays * DAY_MS;
  const stale = new Uint8Array(lastSeen.length);
  // `!(t >= cutoff)` is also true for NaN: unreadable dates count as stale.
  for (let i = 0; i < lastSeen.length; i++) stale[i] = lastSeen[i] >= cutoff ? 0 : 1;
  return stale;
}

export function cleanInventory(inventory: Inventory, campaign: Campaign): Fleet {
  const allLastSeen = lastSeenPerRow(inventory);
  const { keep, dropped } = dedupeHosts(inventory.ids, allLastSeen);
  const lastSeen = pick(allLastSeen, keep);
  const version = cleanDictColumn(inventory.version, cleanVersion, keep);
  const asOf = newest(lastSeen);
  return {
    hosts: lastSeen.length,
    ids: pickIds(inventory.ids, keep),
    team: cleanDictColumn(inventory.team, (raw) => cleanTeam(raw, campaign.teamAliases), keep),
    environment: cleanDictColumn(inventory.environment, cleanEnvironment, keep),
    distribution: cleanDictColumn(inventory.distribution, mapDistribution, keep),
    version,
    versionMajor: version.values.map(parseJavaMajor),
    lastSeen,
    stale: staleFlags(lastSeen, asOf, campaign.staleDays),
    asOf,
    duplicatesDropped: dropped,
  };
}
