/**
 * An independent check of Slack's documented Block Kit limits, for tests of
 * anything that posts blocks. Returns the violations found (empty = fine).
 * The numbers are Slack's, written out here rather than imported from the code
 * under test.
 */

type Json = Record<string, unknown>;

function len(text: unknown): number {
  return typeof text === 'string' ? text.length : 0;
}

function textOf(obj: unknown): string {
  return obj && typeof obj === 'object' ? String((obj as Json).text ?? '') : '';
}

/** Every violation of Slack's limits in a message's blocks. */
export function blockKitViolations(blocks: readonly unknown[]): string[] {
  const out: string[] = [];
  if (blocks.length > 50) out.push(`${blocks.length} blocks (max 50)`);
  blocks.forEach((raw, i) => {
    const b = raw as Json;
    const at = `block ${i} (${String(b.type)})`;
    if (b.type === 'header' && len(textOf(b.text)) > 150) out.push(`${at}: header text over 150`);
    if (b.type === 'section') {
      if (b.text && len(textOf(b.text)) > 3000) out.push(`${at}: text ${len(textOf(b.text))} over 3000`);
      if (b.text && len(textOf(b.text)) < 1) out.push(`${at}: empty text`);
      const fields = (b.fields as unknown[] | undefined) ?? [];
      if (fields.length > 10) out.push(`${at}: ${fields.length} fields (max 10)`);
      for (const f of fields) if (len(textOf(f)) > 2000) out.push(`${at}: field over 2000`);
      if (!b.text && fields.length === 0) out.push(`${at}: section without text or fields`);
    }
    if (b.type === 'context') {
      const els = (b.elements as unknown[]) ?? [];
      if (els.length > 10) out.push(`${at}: ${els.length} elements (max 10)`);
      for (const e of els) if (len(textOf(e)) > 2000) out.push(`${at}: element over 2000`);
    }
    if (b.type === 'actions') {
      const els = (b.elements as Json[]) ?? [];
      if (els.length > 25) out.push(`${at}: ${els.length} elements (max 25)`);
      const ids = new Set<string>();
      for (const e of els) {
        const id = String(e.action_id);
        if (ids.has(id)) out.push(`${at}: duplicate action_id ${id}`);
        ids.add(id);
        if (len(id) > 255) out.push(`${at}: action_id over 255`);
        if (e.type === 'button') {
          if (len(textOf(e.text)) > 75) out.push(`${at}: button text over 75`);
          if (len(e.value) > 2000) out.push(`${at}: button value over 2000`);
        }
        if (e.type === 'static_select') {
          const options = (e.options as Json[] | undefined) ?? [];
          const groups = (e.option_groups as Json[] | undefined) ?? [];
          if (options.length > 100) out.push(`${at}: ${options.length} options (max 100)`);
          if (groups.length > 100) out.push(`${at}: ${groups.length} option groups (max 100)`);
          const all = [...options, ...groups.flatMap((g) => (g.options as Json[]) ?? [])];
          for (const g of groups) {
            if (((g.options as Json[]) ?? []).length > 100) out.push(`${at}: group over 100 options`);
            if (len(textOf(g.label)) > 75) out.push(`${at}: group label over 75`);
          }
          const values = new Set<string>();
          for (const o of all) {
            if (len(textOf(o.text)) > 75) out.push(`${at}: option text over 75`);
            if (len(o.value) > 150) out.push(`${at}: option value over 150`);
            if (values.has(String(o.value))) out.push(`${at}: duplicate option value`);
            values.add(String(o.value));
          }
        }
      }
    }
  });
  return out;
}

/**
 * Every text Slack would show or parse in a message (values under a `text`
 * key, at any depth). Action and option `value`s are left out: Slack hands
 * them back verbatim and never renders them.
 */
export function displayedTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(displayedTexts);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'text' && typeof v === 'string' ? [v] : k === 'value' ? [] : displayedTexts(v),
    );
  }
  return [];
}
