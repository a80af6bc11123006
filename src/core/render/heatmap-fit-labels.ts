/**
 * Axis labels that fit and stay unique. A category axis merges equal labels
 * into one row, so two long team names that abbreviate alike must still
 * differ: first try an end ellipsis, then keep both ends, then number them.
 */

const ELLIPSIS = '…';

/**
 * Shortens `text` to at most `maxChars` characters with an ellipsis at the end.
 * @example abbreviate('Team Platform Infrastructure', 16) // 'Team Platform I…'
 */
export function abbreviate(text: string, maxChars: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= maxChars) return chars.join('');
  return `${chars
    .slice(0, Math.max(1, maxChars - 1))
    .join('')
    .trimEnd()}${ELLIPSIS}`;
}

/** Keeps the start and the end (`Team Platf…cture EU`), where names that share a prefix differ. */
const abbreviateMiddle = (text: string, maxChars: number): string => {
  const chars = Array.from(text.trim());
  if (chars.length <= maxChars) return chars.join('');
  const tail = Math.floor((maxChars - 1) * 0.45);
  const head = maxChars - 1 - tail;
  return `${chars.slice(0, head).join('').trimEnd()}${ELLIPSIS}${chars
    .slice(chars.length - tail)
    .join('')
    .trimStart()}`;
};

const duplicates = (labels: readonly string[]): Set<string> => {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const label of labels) (seen.has(label) ? twice : seen).add(label);
  return twice;
};

/**
 * One label per name: at most `maxChars` characters of the name plus `suffix(i)`, all distinct.
 * @example fitLabels(['Team Platform EU', 'Team Platform US'], 12) // ['Team Pl…m EU', 'Team Pl…m US']
 */
export function fitLabels(
  names: readonly string[],
  maxChars: number,
  suffix: (index: number) => string = () => '',
): string[] {
  let labels = names.map((name, i) => `${abbreviate(name, maxChars)}${suffix(i)}`);
  let clash = duplicates(labels);
  if (clash.size === 0) return labels;
  labels = labels.map((label, i) =>
    clash.has(label) ? `${abbreviateMiddle(names[i], maxChars)}${suffix(i)}` : label,
  );
  clash = duplicates(labels);
  if (clash.size === 0) return labels;
  const taken = new Set(labels);
  const seen = new Set<string>();
  return labels.map((label) => {
    if (!clash.has(label)) return label;
    if (!seen.has(label)) {
      seen.add(label);
      return label;
    }
    let n = 2;
    while (taken.has(`${label} #${n}`)) n += 1;
    taken.add(`${label} #${n}`);
    return `${label} #${n}`;
  });
}
