/**
 * Test fixtures: a random Fleet (seeded) and a minimal report model with its
 * counts computed here, independently of the product's report builder.
 */
import type { Fleet, FleetColumn } from '../../../src/core/inventory/fleet.ts';
import type { Counts, ReportModel } from '../../../src/core/report/report-model.ts';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERSIONS = ['8.202.b08-66', '1.8.0_202', '11.0.2+9-3', '17.0.9+9-1~deb11u1', '', 'garbage'];
const MAJORS = [8, 8, 11, 17, null, null];

function column(values: string[], n: number, r: () => number): FleetColumn {
  const codes = new Uint32Array(n);
  for (let i = 0; i < n; i++) codes[i] = Math.floor(r() * values.length);
  return { codes, values };
}

export interface FleetOptions {
  readonly hosts: number;
  readonly seed?: number;
  readonly ids?: 'numeric' | 'text';
  readonly teams?: number;
}

export function syntheticFleet({ hosts, seed = 1, ids = 'numeric', teams = 8 }: FleetOptions): Fleet {
  const r = rng(seed);
  const used = new Set<number>();
  const numeric = new Float64Array(hosts);
  for (let i = 0; i < hosts; i++) {
    let id: number;
    do id = 100_000_000 + Math.floor(r() * 899_999_999);
    while (used.has(id));
    used.add(id);
    numeric[i] = id;
  }
  const stale = new Uint8Array(hosts);
  for (let i = 0; i < hosts; i++) stale[i] = r() < 0.05 ? 1 : 0;
  return {
    hosts,
    ids:
      ids === 'numeric'
        ? { kind: 'numeric', values: numeric }
        : { kind: 'text', values: Array.from(numeric, (n) => `host-${n}-é✓`) },
    team: column(
      Array.from({ length: teams }, (_, i) => `Team ${i}`),
      hosts,
      r,
    ),
    environment: column(['LIVE', 'QA', 'DEV', 'N/A'], hosts, r),
    distribution: column(['Jessie [8]', 'Stretch [9]', 'Buster [10]'], hosts, r),
    version: column(VERSIONS, hosts, r),
    versionMajor: MAJORS,
    lastSeen: new Float64Array(hosts).fill(Date.UTC(2019, 2, 18)),
    stale,
    asOf: Date.UTC(2019, 2, 18, 6, 42),
    duplicatesDropped: 0,
  };
}

/** The state of row i, from the fixture's own version table. */
export function stateOf(fleet: Fleet, i: number, target = 11): 'migrated' | 'pending' | 'unknown' {
  const major = fleet.versionMajor[fleet.version.codes[i]];
  return major === null ? 'unknown' : major >= target ? 'migrated' : 'pending';
}

function counts(fleet: Fleet, rows: number[]): Counts {
  const c = { hosts: rows.length, migrated: 0, pending: 0, unknown: 0, stale: 0 };
  for (const i of rows) {
    c[stateOf(fleet, i)]++;
    c.stale += fleet.stale[i];
  }
  const denominator = c.migrated + c.pending;
  return { ...c, progressPercent: denominator ? (c.migrated / denominator) * 100 : null };
}

/** A report model with totals and per-team counts; other parts left empty. */
export function minimalReport(fleet: Fleet, readAt = '2019-03-18T09:00:00.000Z'): ReportModel {
  const all = Array.from({ length: fleet.hosts }, (_, i) => i);
  const teams = fleet.team.values.map((team, code) => ({
    team,
    ...counts(
      fleet,
      all.filter((i) => fleet.team.codes[i] === code),
    ),
    versions: [],
    environments: [],
    owners: [],
  }));
  return {
    campaign: { name: 'Java 11+ migration', target: 11, goalPercent: 100, deadline: null },
    asOf: new Date(fleet.asOf).toISOString(),
    readAt,
    source: 'synthetic.csv',
    totals: counts(fleet, all),
    teams,
    furthestBehind: [],
    environments: [],
    distributions: [],
    versions: [],
    duplicatesDropped: 0,
    warnings: [],
  };
}
