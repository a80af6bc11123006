/**
 * Canonical OS name, the article's `map_distro` extended to later Debian
 * releases: `Debian 8.11` and `jessie` both become `Jessie [8]`, so nobody has
 * to remember codenames. Anything not recognised is kept as it is (trimmed).
 *
 * @example mapDistribution('Debian 8.11') // 'Jessie [8]'
 * @example mapDistribution('Ubuntu 22.04') // 'Ubuntu 22.04'
 */

const CODENAMES: Readonly<Record<number, string>> = {
  6: 'squeeze',
  7: 'wheezy',
  8: 'jessie',
  9: 'stretch',
  10: 'buster',
  11: 'bullseye',
  12: 'bookworm',
  13: 'trixie',
};
const RELEASES = new Map(Object.entries(CODENAMES).map(([n, name]) => [name, Number(n)]));

// `Debian 8.11`, `Debian 10`, `Debian GNU/Linux 12 (bookworm)`, `debian 9.8`.
const DEBIAN_NUMBER = /^debian(?:\s+gnu\/linux)?\s+(\d+)(?:\.\d+)*(?:\s*\((\w+)\))?$/;
// `jessie`, `Debian jessie`, `Debian bookworm/sid` is not a release: exact names only.
const DEBIAN_CODENAME = /^(?:debian\s+)?([a-z]+)$/;

function canonical(release: number): string {
  const name = CODENAMES[release];
  return `${name[0].toUpperCase()}${name.slice(1)} [${release}]`;
}

export function mapDistribution(raw: string): string {
  const trimmed = raw.trim();
  const lower = trimmed.toLowerCase();
  const numbered = DEBIAN_NUMBER.exec(lower);
  if (numbered && CODENAMES[Number(numbered[1])]) return canonical(Number(numbered[1]));
  const named = DEBIAN_CODENAME.exec(lower);
  const release = named ? RELEASES.get(named[1]) : undefined;
  return release === undefined ? trimmed : canonical(release);
}
