/**
 * An independent reference for the report's figures: a small CSV reader and
 * plain loops over the rows, written from DESIGN.md's domain rules without
 * using any code under test. Slow and obvious on purpose.
 */
export interface RefCounts {
  hosts: number;
  migrated: number;
  pending: number;
  unknown: number;
  stale: number;
}

export interface Reference {
  totals: RefCounts;
  teams: Map<string, RefCounts & { versions: Map<string, number> }>;
  environments: Map<string, RefCounts>;
  distributions: Map<string, RefCounts>;
  duplicates: number;
}

/** RFC 4180 fields (quotes, doubled quotes, CRLF); returns rows as objects by header name. */
export function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) endRow();
  const [header, ...data] = rows;
  return data.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

const CODENAMES: Record<string, string> = {
  'Debian 6': 'Squeeze [6]',
  'Debian 7': 'Wheezy [7]',
  'Debian 8': 'Jessie [8]',
  'Debian 9': 'Stretch [9]',
  'Debian 10': 'Buster [10]',
  'Debian 11': 'Bullseye [11]',
  'Debian 12': 'Bookworm [12]',
  'Debian 13': 'Trixie [13]',
};

export const refVersion = (raw: string) => raw.trim().split('(')[0].trim();

/** First number of the version; a leading `1` means the number after it (`1.8` -> 8). */
export function refMajor(version: string): number | null {
  const numbers = version.match(/[0-9]+/g);
  if (!numbers) return null;
  return Number(numbers[0]) === 1 ? Number(numbers[1]) : Number(numbers[0]);
}

const zero = (): RefCounts => ({ hosts: 0, migrated: 0, pending: 0, unknown: 0, stale: 0 });

export function referenceReport(
  rows: Record<string, string>[],
  target: number,
  staleDays: number,
): Reference {
  const byId = new Map<string, { row: Record<string, string>; seen: number }>();
  let duplicates = 0;
  for (const row of rows) {
    const seenText = row['Last seen'].trim();
    const seen = seenText ? Date.parse(`${seenText.replace(' ', 'T')}Z`) : Number.NaN;
    const previous = byId.get(row.CMDB_Id);
    if (previous) duplicates++;
    const newer = !previous || Number.isNaN(previous.seen) || (!Number.isNaN(seen) && seen >= previous.seen);
    if (newer) byId.set(row.CMDB_Id, { row, seen });
  }
  const hosts = [...byId.values()];
  const asOf = Math.max(...hosts.map((h) => h.seen).filter((t) => !Number.isNaN(t)));
  const ref: Reference = {
    totals: zero(),
    teams: new Map(),
    environments: new Map(),
    distributions: new Map(),
    duplicates,
  };
  for (const { row, seen } of hosts) {
    const version = refVersion(row['Installed version']);
    const major = refMajor(version);
    const state = major === null ? 'unknown' : major >= target ? 'migrated' : 'pending';
    const stale = Number.isNaN(seen) || asOf - seen > staleDays * 24 * 3600 * 1000;
    const team = row.Team.trim() || '(no team)';
    const env = (row.Environment.trim() || '--').split('--').join('N/A').toUpperCase();
    const distroText = row.Distribution.trim();
    const distro = CODENAMES[distroText.split('.')[0]] ?? distroText;
    if (!ref.teams.has(team)) ref.teams.set(team, { ...zero(), versions: new Map() });
    if (!ref.environments.has(env)) ref.environments.set(env, zero());
    if (!ref.distributions.has(distro)) ref.distributions.set(distro, zero());
    const teamRef = ref.teams.get(team)!;
    for (const c of [ref.totals, teamRef, ref.environments.get(env)!, ref.distributions.get(distro)!]) {
      c.hosts++;
      c[state]++;
      if (stale) c.stale++;
    }
    teamRef.versions.set(version, (teamRef.versions.get(version) ?? 0) + 1);
  }
  return ref;
}

export function refProgress(c: RefCounts): number | null {
  return c.migrated + c.pending === 0 ? null : (c.migrated / (c.migrated + c.pending)) * 100;
}
