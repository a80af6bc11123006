/**
 * Java major version from a cleaned version string, in any of the forms a
 * package inventory shows: Debian/Oracle/RPM package versions, vendor names,
 * and the legacy `1.x` numbering (which means major x up to Java 8).
 *
 * @example parseJavaMajor('1.8.0_202') // 8
 * @example parseJavaMajor('17.0.9+9-1~deb11u1') // 17
 * @example parseJavaMajor('') // null
 */

// Digits in architecture and platform names are not versions (`x86_64-openjdk-11`).
const PLATFORM_TOKENS =
  /x86[_-]64|x86|x64|amd64|arm64|aarch64|armhf|i[3-6]86|ppc64(?:le)?|s390x|win(?:32|64)|(?:32|64)-?bit/g;
// A Debian epoch (`1:11.0.2`) is a packaging counter, not part of the version.
const EPOCH = /^\d+:/;
const FIRST_NUMBER = /\d+/;
const LEGACY_MINOR = /^\.(\d+)/;
const HIGHEST_MAJOR = 99;
const LAST_LEGACY_MAJOR = 8;

export function parseJavaMajor(version: string): number | null {
  const text = version.trim().toLowerCase().replace(EPOCH, '').replace(PLATFORM_TOKENS, ' ');
  const match = FIRST_NUMBER.exec(text);
  if (!match) return null;
  const major = Number(match[0]);
  if (major === 1) {
    // `1.8.0_202`, `jdk1.8.0_181`, `java-1.8.0-openjdk`: the minor is the major.
    const legacy = LEGACY_MINOR.exec(text.slice(match.index + match[0].length));
    if (!legacy) return null;
    const minor = Number(legacy[1]);
    return minor <= LAST_LEGACY_MAJOR ? Math.max(minor, 1) : null;
  }
  return major >= 2 && major <= HIGHEST_MAJOR ? major : null;
}
