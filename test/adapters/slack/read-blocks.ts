/**
 * Read the figures back out of a posted message, the way a person reads it:
 * the header's percent, the labelled counts, the rows of the team table.
 */

type Json = Record<string, unknown>;

export function blocksOf(body: Record<string, unknown>): Json[] {
  return (body.blocks as Json[] | undefined) ?? [];
}

function texts(block: Json): string[] {
  const out: string[] = [];
  const text = block.text as Json | undefined;
  if (text && typeof text.text === 'string') out.push(text.text);
  for (const f of (block.fields as Json[] | undefined) ?? []) out.push(String(f.text));
  for (const e of (block.elements as Json[] | undefined) ?? [])
    if (typeof e.text === 'string') out.push(e.text);
  return out;
}

/** All the text of the message, block by block. */
export function messageText(body: Record<string, unknown>): string {
  return blocksOf(body).flatMap(texts).join('\n');
}

/** `Java 11+ migration · 62.4 % done` -> '62.4'. */
export function headerPercent(body: Record<string, unknown>): string | null {
  const header = blocksOf(body).find((b) => b.type === 'header');
  const m = /· ([\d.]+|n\/a)(?: %)? done/.exec(String((header?.text as Json | undefined)?.text));
  return m ? m[1] : null;
}

/** `*Migrated*\n1,914` fields -> { Migrated: 1914 }. */
export function countFields(body: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const b of blocksOf(body)) {
    for (const f of (b.fields as Json[] | undefined) ?? []) {
      const m = /^\*(.+)\*\n([\d,]+)$/.exec(String(f.text));
      if (m) out[m[1]] = Number(m[2].replaceAll(',', ''));
    }
  }
  return out;
}

export interface TableRow {
  readonly team: string;
  readonly hosts: number;
  readonly pending: number;
  readonly done: string;
}

/** The rows of the ``` team table (names as shown, entities decoded). */
export function teamTableRows(body: Record<string, unknown>): TableRow[] {
  const block = messageText(body).split('```')[1] ?? '';
  return block
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const m = /^(.*?)\s+(\d+)\s+(\d+)\s+(\S+)$/.exec(
        line.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
      );
      if (!m) throw new Error(`not a table row: ${line}`);
      return { team: m[1].trim(), hosts: Number(m[2]), pending: Number(m[3]), done: m[4] };
    });
}
