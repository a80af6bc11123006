import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type Campaign, DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import { cleanInventory } from '../../../src/core/inventory/clean-inventory.ts';
import { buildReport } from '../../../src/core/report/build-report.ts';
import type { Counts, ReportModel } from '../../../src/core/report/report-model.ts';
import { inventoryFromRecords } from '../../support/inventory-from-records.ts';
import { articleCsv } from './article-fixture.ts';
import { type RefCounts, readCsv, referenceReport, refProgress } from './reference-report.ts';
import { FLEETGEN } from '../../support/fleetgen.ts';

function reportFromCsv(csv: string, campaign: Campaign): ReportModel {
  const inventory = inventoryFromRecords(
    readCsv(csv).map((r) => ({
      id: r.CMDB_Id,
      distribution: r.Distribution,
      environment: r.Environment,
      team: r.Team,
      lastSeen: r['Last seen'],
      version: r['Installed version'],
    })),
  );
  return buildReport(cleanInventory(inventory, campaign), campaign, {
    readAt: new Date('2024-01-01T00:00:00Z'),
    source: 'test.csv',
    warnings: [],
  });
}

function expectCounts(actual: Counts, expected: RefCounts) {
  const pick = ({ hosts, migrated, pending, unknown, stale }: RefCounts) => ({
    hosts,
    migrated,
    pending,
    unknown,
    stale,
  });
  expect(pick(actual)).toEqual(pick(expected));
  const progress = refProgress(expected);
  if (progress === null) expect(actual.progressPercent).toBeNull();
  else expect(actual.progressPercent).toBeCloseTo(progress, 10);
}

function expectMatchesReference(report: ReportModel, csv: string, campaign: Campaign) {
  const ref = referenceReport(readCsv(csv), campaign.target, campaign.staleDays);
  expectCounts(report.totals, ref.totals);
  expect(report.duplicatesDropped).toBe(ref.duplicates);
  expect(report.teams.map((t) => t.team).sort()).toEqual([...ref.teams.keys()].sort());
  for (const team of report.teams) {
    const expected = ref.teams.get(team.team)!;
    expectCounts(team, expected);
    expect(new Map(team.versions.map((v) => [v.version, v.count]))).toEqual(expected.versions);
    for (const v of team.versions) expect(v.percent).toBeCloseTo((v.count / expected.hosts) * 100, 10);
    expect(team.environments.reduce((s, e) => s + e.hosts, 0)).toBe(expected.hosts);
  }
  expect(report.environments.map((e) => e.name).sort()).toEqual([...ref.environments.keys()].sort());
  for (const env of report.environments) expectCounts(env, ref.environments.get(env.name)!);
  expect(report.distributions.map((d) => d.name).sort()).toEqual([...ref.distributions.keys()].sort());
  for (const distro of report.distributions) expectCounts(distro, ref.distributions.get(distro.name)!);
  expect(report.versions.reduce((s, v) => s + v.count, 0)).toBe(ref.totals.hosts);
}

describe('buildReport on the article-shaped export', () => {
  const csv = articleCsv();
  const report = reportFromCsv(csv, DEFAULT_CAMPAIGN);

  it("reproduces the article's tables: Team Blue 42 hosts, 8.202.b08-85 at 95.238095 %", () => {
    expect(report.totals.hosts).toBe(104);
    expect(report.teams.map((t) => [t.team, t.hosts])).toEqual([
      ['Team Blue', 42],
      ['Team Green', 16],
      ['Team Red', 45],
      ['Team Yellow', 1],
    ]);
    const blue = report.teams.find((t) => t.team === 'Team Blue')!;
    expect(blue.versions.map((v) => [v.version, v.count])).toEqual([
      ['8.202.b08-66', 1],
      ['8.202.b08-85', 40],
      ['', 1],
    ]);
    expect(blue.versions[1].percent).toBeCloseTo(95.238095, 6);
    expect(blue.versions[0].percent).toBeCloseTo(2.380952, 6);
    expect(blue.versions[2].percent).toBeCloseTo(2.380952, 6);
  });

  it('equals the independent reference', () => {
    expectMatchesReference(report, csv, DEFAULT_CAMPAIGN);
  });

  it('orders versions numerically, blank last, and names their state', () => {
    expect(report.versions.map((v) => [v.version, v.major, v.state])).toEqual([
      ['8.202.b08-66', 8, 'pending'],
      ['8.202.b08-83', 8, 'pending'],
      ['8.202.b08-85', 8, 'pending'],
      ['', null, 'unknown'],
    ]);
  });

  it('puts LIVE first in the environments and maps the distributions', () => {
    expect(report.environments[0].name).toBe('LIVE');
    expect(report.distributions.map((d) => d.name).sort()).toEqual(['Jessie [8]', 'Stretch [9]']);
    expect(report.asOf).toBe('2019-03-18T06:42:00.000Z');
    expect(report.readAt).toBe('2024-01-01T00:00:00.000Z');
  });

  it('counts a target of 8 as done for every readable version', () => {
    const at8 = reportFromCsv(csv, { ...DEFAULT_CAMPAIGN, target: 8 });
    expect(at8.totals).toMatchObject({ migrated: 100, pending: 0, unknown: 4, progressPercent: 100 });
    expect(at8.teams.find((t) => t.team === 'Team Yellow')!.progressPercent).toBe(100);
  });
});

describe('buildReport on messy fleetgen exports', () => {
  const generate = (args: string[]) =>
    execFileSync(process.execPath, [FLEETGEN, ...args], { encoding: 'utf8' });

  it.each([
    ['week 0, 12 teams', ['--hosts', '2500', '--teams', '12', '--week', '0', '--seed', '5']],
    ['week 6, 20 teams', ['--hosts', '3000', '--teams', '20', '--week', '6', '--seed', '7']],
    ['week 12, 3 teams', ['--hosts', '1500', '--teams', '3', '--week', '12', '--seed', '11']],
  ])('equals the independent reference (%s)', (_, args) => {
    let csv = generate([...args, '--messy']);
    // Dirt fleetgen does not make: repeated ids (newer and older copies) and unreadable dates.
    const lines = csv.trimEnd().split('\n');
    const extra = lines.slice(1, 40).map((line, i) => {
      const cells = line.split(',');
      if (i % 3 === 0) return line.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g, '2030-01-01 00:00');
      if (i % 3 === 1)
        return [...cells.slice(0, 5), '2001-01-01 00:00', '2001-01-01 00:00', '17.0.1'].join(',');
      return [...cells.slice(0, 5), 'not a date', '', ''].join(',');
    });
    csv = `${[...lines, ...extra, '999,Debian 12.1,amd64,live,,,,zulu21.30'].join('\n')}\n`;
    const campaign = { ...DEFAULT_CAMPAIGN, staleDays: 45 };
    const report = reportFromCsv(csv, campaign);
    expectMatchesReference(report, csv, campaign);
    expect(report.duplicatesDropped).toBe(39);
    expect(report.warnings.some((w) => /no readable "Last seen"/.test(w))).toBe(true);
  });

  it('lists teams furthest behind first', () => {
    const report = reportFromCsv(
      generate(['--hosts', '2000', '--teams', '10', '--week', '4', '--messy']),
      DEFAULT_CAMPAIGN,
    );
    const progress = report.furthestBehind.map(
      (name) => report.teams.find((t) => t.team === name)!.progressPercent!,
    );
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(new Set(report.furthestBehind)).toEqual(new Set(report.teams.map((t) => t.team)));
  });
});

describe('buildReport edge cases', () => {
  const build = (records: Parameters<typeof inventoryFromRecords>[0], campaign = DEFAULT_CAMPAIGN) =>
    buildReport(cleanInventory(inventoryFromRecords(records), campaign), campaign, {
      readAt: new Date(0),
      source: 's',
      warnings: ['2 ragged rows skipped'],
    });

  it('gives zero totals and null progress for an empty fleet', () => {
    const report = build([]);
    expect(report.totals).toEqual({
      hosts: 0,
      migrated: 0,
      pending: 0,
      unknown: 0,
      stale: 0,
      progressPercent: null,
    });
    expect(report.teams).toEqual([]);
    expect(report.asOf).toBeNull();
    expect(report.warnings).toEqual(['2 ragged rows skipped']);
  });

  it('has null progress for a team with only unknown versions and ranks it last', () => {
    const seen = '2024-05-01 10:00';
    const report = build([
      { id: '1', team: 'Team 10', version: '', lastSeen: seen },
      { id: '2', team: 'Team 2', version: '11.0.2', lastSeen: seen },
      { id: '3', team: 'Team 2', version: '8u202', lastSeen: seen },
      { id: '4', team: 'Team 1', version: '1.8.0_202', lastSeen: seen },
    ]);
    expect(report.teams.map((t) => [t.team, t.progressPercent])).toEqual([
      ['Team 1', 0],
      ['Team 2', 50],
      ['Team 10', null],
    ]);
    expect(report.furthestBehind).toEqual(['Team 1', 'Team 2', 'Team 10']);
  });

  it('orders versions by major and then numerically, unreadable before blank', () => {
    const versions = [
      '',
      '17.0.9+9-1~deb11u1',
      'garbage',
      '11.0.21+9-1~deb10u1',
      '8.202.b08-85',
      '11.0.2+9-3',
      '8.202.b08-66',
      '1.7.0_80',
    ];
    const report = build(
      versions.map((version, i) => ({ id: String(i + 1), version, lastSeen: '2024-01-01' })),
    );
    expect(report.versions.map((v) => v.version)).toEqual([
      '1.7.0_80',
      '8.202.b08-66',
      '8.202.b08-85',
      '11.0.2+9-3',
      '11.0.21+9-1~deb10u1',
      '17.0.9+9-1~deb11u1',
      'garbage',
      '',
    ]);
  });

  it('merges aliased teams and attaches owners', () => {
    const campaign = {
      ...DEFAULT_CAMPAIGN,
      teamAliases: { 'team azure': 'Team Blue' },
      teamOwners: { 'Team Blue': ['U123'] },
    };
    const report = build(
      [
        { id: '1', team: 'Team Azure', version: '11' },
        { id: '2', team: 'Team Blue', version: '8' },
      ],
      campaign,
    );
    expect(report.teams).toHaveLength(1);
    expect(report.teams[0]).toMatchObject({
      team: 'Team Blue',
      hosts: 2,
      owners: ['U123'],
      progressPercent: 50,
    });
  });
});
