import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import { cleanInventory } from '../../../src/core/inventory/clean-inventory.ts';
import { buildReport } from '../../../src/core/report/build-report.ts';
import { editDistance } from '../../../src/core/report/edit-distance.ts';
import { findTeam, type TeamMatch } from '../../../src/core/report/find-team.ts';
import { inventoryFromRecords } from '../../support/inventory-from-records.ts';

const TEAMS = [
  'Team Blue',
  'Team Green',
  'Team Red',
  'Team Yellow',
  'Platform',
  'Team Blue Sky',
  'Data Eng',
  '(no team)',
];
const report = buildReport(
  cleanInventory(
    inventoryFromRecords(
      TEAMS.map((team, i) => ({ id: String(i + 1), team: team === '(no team)' ? '' : team, version: '11' })),
    ),
    DEFAULT_CAMPAIGN,
  ),
  DEFAULT_CAMPAIGN,
  { readAt: new Date(0), source: 't', warnings: [] },
);
const aliases = { azure: 'Team Blue', 'the platform team': 'Platform' };
const found = (m: TeamMatch) => (m.kind === 'found' ? m.team.team : m);

describe('findTeam', () => {
  it.each([
    ['Team Blue', 'Team Blue'],
    ['team blue', 'Team Blue'],
    ['  TEAM   BLUE ', 'Team Blue'],
    ['blue', 'Team Blue'],
    ['Blue Sky', 'Team Blue Sky'],
    ['platform', 'Platform'],
    ['team platform', 'Platform'],
    ['azure', 'Team Blue'],
    ['The Platform Team', 'Platform'],
    ['(no team)', '(no team)'],
    ['data eng', 'Data Eng'],
  ])('%j finds %j', (query, team) => {
    expect(found(findTeam(report, query, aliases))).toBe(team);
  });

  it('suggests the closest names for an unknown team, at most five', () => {
    const match = findTeam(report, 'bleu', aliases);
    expect(match.kind).toBe('not-found');
    if (match.kind === 'found') return;
    expect(match.query).toBe('bleu');
    expect(match.suggestions[0]).toBe('Team Blue');
    expect(match.suggestions.length).toBeLessThanOrEqual(5);
  });

  it('puts names containing the query first', () => {
    const match = findTeam(report, 'gree', aliases);
    expect(match.kind === 'found' ? [] : match.suggestions[0]).toBe('Team Green');
    const sky = findTeam(report, 'sky', aliases);
    expect(sky.kind === 'found' ? [] : sky.suggestions[0]).toBe('Team Blue Sky');
  });

  it('reports an ambiguity when several teams match the same way', () => {
    const twins = { ...report, teams: [...report.teams, { ...report.teams[0], team: 'team blue' }] };
    const match = findTeam(twins, 'TEAM BLUE', {});
    expect(match).toEqual({ kind: 'ambiguous', query: 'TEAM BLUE', suggestions: ['Team Blue', 'team blue'] });
    expect(found(findTeam(twins, 'team blue', {}))).toBe('team blue');
  });

  it('does not find anything for an empty query', () => {
    expect(findTeam(report, '  ', aliases).kind).toBe('not-found');
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'ab', 2],
    ['kitten', 'sitting', 3],
    ['blue', 'bleu', 2],
    ['team red', 'team red', 0],
  ])('%j vs %j = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
