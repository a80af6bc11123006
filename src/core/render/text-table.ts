/**
 * Aligned plain-text columns for a terminal: text columns left-aligned,
 * figures right-aligned, two spaces between columns, no trailing blanks.
 *
 * @example textTable([['Team', 'Hosts'], ['Blue', '42']], ['left', 'right'])
 *   // ['Team  Hosts', 'Blue     42']
 */
export type Align = 'left' | 'right';

export function textTable(rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const widths = align.map((_, c) => Math.max(0, ...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((row) =>
    align
      .map((a, c) => {
        const cell = row[c] ?? '';
        const pad = ' '.repeat(widths[c] - [...cell].length);
        return a === 'left' ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd(),
  );
}
