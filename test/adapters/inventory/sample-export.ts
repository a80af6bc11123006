/** A deterministic inventory export in the article's column layout, for the adapter tests. */
const TEAMS = ['Team Blue', 'Team Red', ' Team Green ', 'Équipe Zoë', ''];
const VERSIONS = ['8.202.b08-66(amd64)', '11.0.2+9-3(amd64)', '17.0.9+9-1~deb11u1', '', '1.8.0_202'];
const ENVIRONMENTS = ['LIVE', 'dev', '--', '', 'QA'];
const DISTRIBUTIONS = ['Debian 8.11', 'Debian 9.8', 'Debian 10.13', 'Ubuntu 20.04'];

export const HEADER =
  'CMDB_Id,Distribution,Architecture,Environment,Team,Last seen,Last modified,Installed version';

/** `rows` hosts (every 50th id repeated with an older Last seen, some values quoted), LF line ends. */
export function sampleExport(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const id = 100_000 + (i % 50 === 49 ? i - 1 : i);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const team = TEAMS[i % TEAMS.length];
    lines.push(
      [
        id,
        DISTRIBUTIONS[i % 4],
        i % 3 ? 'amd64' : 'arm64',
        ENVIRONMENTS[(i >> 1) % 5],
        i % 7 === 0 ? `"${team}"` : team,
        `2019-04-${day} 06:42`,
        `2019-04-${day} 06:42`,
        VERSIONS[(i * 7) % 5],
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
