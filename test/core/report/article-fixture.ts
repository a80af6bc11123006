/**
 * An export shaped like the article's (`cmdb-aoj.csv`, 104 hosts): its columns,
 * value sets and team sizes (Blue 42, Green 16, Red 45, Yellow 1), with Team
 * Blue's versions as in the article's percentage table (40 x `8.202.b08-85`,
 * 1 x `8.202.b08-66`, 1 blank).
 */
const HEADER = 'CMDB_Id,Distribution,Architecture,Environment,Team,Last seen,Last modified,Installed version';
const DISTROS = [
  'Debian 8.10',
  'Debian 8.11',
  'Debian 8.6',
  'Debian 8.9',
  'Debian 9.6',
  'Debian 9.7',
  'Debian 9.8',
];
const ENVS = ['--', 'DEV', 'LIVE', 'QA', ''];
const SEEN = '2019-03-18 06:42';

/** [team, version, hosts] in file order. */
const GROUPS: readonly (readonly [string, string, number])[] = [
  ['Team Red', '', 3],
  ['Team Red', '8.202.b08-83(amd64)', 30],
  ['Team Blue', '8.202.b08-85(amd64)', 25],
  ['Team Blue', '', 1],
  ['Team Green', '8.202.b08-85(amd64)', 10],
  ['Team Red', '8.202.b08-85(amd64)', 12],
  ['Team Blue', '8.202.b08-66(amd64)', 1],
  ['Team Green', '8.202.b08-66(amd64)', 6],
  ['Team Blue', '8.202.b08-85(amd64)', 15],
  ['Team Yellow', '8.202.b08-83(amd64)', 1],
];

export function articleCsv(): string {
  const lines = [HEADER];
  let n = 0;
  for (const [team, version, hosts] of GROUPS) {
    for (let i = 0; i < hosts; i++, n++) {
      const id = 108380195 + n * 1733;
      lines.push(
        [id, DISTROS[n % DISTROS.length], 'amd64', ENVS[n % ENVS.length], team, SEEN, SEEN, version].join(
          ',',
        ),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
