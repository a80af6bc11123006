import { describe, expect, it } from 'vitest';
import { cleanEnvironment } from '../../../src/core/inventory/clean-environment.ts';
import { cleanTeam, NO_TEAM } from '../../../src/core/inventory/clean-team.ts';
import { cleanVersion } from '../../../src/core/inventory/clean-version.ts';
import { mapDistribution } from '../../../src/core/inventory/map-distribution.ts';
import { parseLastSeen } from '../../../src/core/inventory/parse-last-seen.ts';

describe('cleanVersion', () => {
  it.each([
    ['8.202.b08-66(amd64)', '8.202.b08-66'],
    [' 11.0.2+9-3(arm64) ', '11.0.2+9-3'],
    ['17.0.9+9-1~deb11u1 (amd64)', '17.0.9+9-1~deb11u1'],
    ['1.8.0_202', '1.8.0_202'],
    ['  jdk1.8.0_181', 'jdk1.8.0_181'],
    ['', ''],
    ['   ', ''],
    ['(amd64)', ''],
    ['8u212(a)(b)', '8u212'],
  ])('%j -> %j', (raw, clean) => {
    expect(cleanVersion(raw)).toBe(clean);
  });
});

describe('cleanEnvironment', () => {
  it.each([
    ['LIVE', 'LIVE'],
    ['live', 'LIVE'],
    [' qa ', 'QA'],
    ['Dev', 'DEV'],
    ['--', 'N/A'],
    [' -- ', 'N/A'],
    ['', 'N/A'],
    ['   ', 'N/A'],
    ['n/a', 'N/A'],
  ])('%j -> %j', (raw, clean) => {
    expect(cleanEnvironment(raw)).toBe(clean);
  });
});

describe('mapDistribution', () => {
  it.each([
    ['Debian 6.0.10', 'Squeeze [6]'],
    ['Debian 7.11', 'Wheezy [7]'],
    ['Debian 8.6', 'Jessie [8]'],
    ['Debian 8.11', 'Jessie [8]'],
    ['Debian 9.8', 'Stretch [9]'],
    ['Debian 10.13', 'Buster [10]'],
    ['Debian 11.8', 'Bullseye [11]'],
    ['Debian 12', 'Bookworm [12]'],
    ['Debian 13.0', 'Trixie [13]'],
    [' debian 9.6 ', 'Stretch [9]'],
    ['Debian GNU/Linux 12 (bookworm)', 'Bookworm [12]'],
    ['jessie', 'Jessie [8]'],
    ['Debian buster', 'Buster [10]'],
    ['Bullseye', 'Bullseye [11]'],
    ['Ubuntu 22.04', 'Ubuntu 22.04'],
    [' RHEL 7.9 ', 'RHEL 7.9'],
    ['Debian 14.1', 'Debian 14.1'],
    ['', ''],
  ])('%j -> %j', (raw, clean) => {
    expect(mapDistribution(raw)).toBe(clean);
  });
});

describe('cleanTeam', () => {
  const aliases = { 'team azure': 'Team Blue', 'blue squad': 'Team Blue' };
  it.each([
    ['Team Blue', 'Team Blue'],
    ['  Team Blue ', 'Team Blue'],
    ['', NO_TEAM],
    ['   ', NO_TEAM],
    ['Team Azure', 'Team Blue'],
    [' BLUE squad ', 'Team Blue'],
    ['team blue', 'team blue'],
    ['constructor', 'constructor'],
  ])('%j -> %j', (raw, clean) => {
    expect(cleanTeam(raw, aliases)).toBe(clean);
  });
  it('names the blank team (no team)', () => {
    expect(NO_TEAM).toBe('(no team)');
  });
});

describe('parseLastSeen', () => {
  it.each([
    ['2019-03-18 06:42', Date.UTC(2019, 2, 18, 6, 42)],
    ['2019-03-18 06:42:07', Date.UTC(2019, 2, 18, 6, 42, 7)],
    [' 2019-03-18 06:42 ', Date.UTC(2019, 2, 18, 6, 42)],
    ['2019-03-18T06:42:07', Date.UTC(2019, 2, 18, 6, 42, 7)],
    ['2019-03-18T06:42:07Z', Date.UTC(2019, 2, 18, 6, 42, 7)],
    ['2019-03-18T06:42:07.250Z', Date.UTC(2019, 2, 18, 6, 42, 7, 250)],
    ['2019-03-18T08:42:07+02:00', Date.UTC(2019, 2, 18, 6, 42, 7)],
    ['2019-03-18T01:42:07-0500', Date.UTC(2019, 2, 18, 6, 42, 7)],
    ['2019-03-18T06:42+00', Date.UTC(2019, 2, 18, 6, 42)],
    ['2019-03-18', Date.UTC(2019, 2, 18)],
    ['2020-02-29 00:00', Date.UTC(2020, 1, 29)],
  ])('%j', (raw, ms) => {
    expect(parseLastSeen(raw)).toBe(ms);
  });

  it.each([
    [''],
    ['never'],
    ['18/03/2019 06:42'],
    ['2019-02-30 00:00'],
    ['2019-13-01 00:00'],
    ['2019-03-18 25:00'],
  ])('%j is unreadable (NaN)', (raw) => {
    expect(parseLastSeen(raw)).toBeNaN();
  });
});
