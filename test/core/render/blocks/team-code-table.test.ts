import { describe, expect, it } from 'vitest';
import { type TeamColumn, teamCodeTable } from '../../../../src/core/render/blocks/team-code-table.ts';

interface Row {
  readonly team: string;
  readonly hosts: number;
}

const COLUMNS: readonly TeamColumn<Row>[] = [{ title: 'Hosts', width: 6, cell: (t) => String(t.hosts) }];

function tableLines(text: string): string[] {
  return text.split('```')[1].split('\n').filter(Boolean);
}

describe('teamCodeTable', () => {
  it('pads the name to 18 characters and right-aligns each column', () => {
    const text = teamCodeTable('*Teams*', [{ team: 'Team Blue', hosts: 42 }], COLUMNS, 10);
    expect(text.startsWith('*Teams*\n```\n')).toBe(true);
    expect(tableLines(text)).toEqual([`Team${' '.repeat(14)}  Hosts`, `Team Blue${' '.repeat(9)}     42`]);
    expect(text).not.toContain('more team');
  });

  it('escapes a name after padding it, so the columns still line up on screen', () => {
    const text = teamCodeTable('*Teams*', [{ team: 'R&D', hosts: 1 }], COLUMNS, 10);
    expect(tableLines(text)[1]).toBe(`R&amp;D${' '.repeat(15)}      1`);
  });

  it('counts the teams left out by the row limit or the character limit', () => {
    const teams = Array.from({ length: 30 }, (_, i) => ({ team: `Team ${i}`, hosts: i }));
    const byRows = teamCodeTable('*Teams*', teams, COLUMNS, 4);
    expect(tableLines(byRows)).toHaveLength(1 + 4);
    expect(byRows).toContain('_…and 26 more teams: `/java-migration team NAME`_');

    const byChars = teamCodeTable('*Teams*', teams, COLUMNS, 30, 400);
    expect(byChars.length).toBeLessThanOrEqual(400);
    const shown = tableLines(byChars).length - 1;
    expect(shown).toBeGreaterThan(0);
    expect(byChars).toContain(`_…and ${30 - shown} more teams`);
  });
});
