/** Counts rows with one kind of problem and keeps the first line numbers, for messages and warnings. */
export const MAX_LINES_KEPT = 20;

export class LineTally {
  count = 0;
  readonly lines: number[] = [];

  add(line: number): void {
    this.count++;
    if (this.lines.length < MAX_LINES_KEPT) this.lines.push(line);
  }

  /** `lines 3, 9 and 12` or `lines 3, 9, 12, … (first 10 of 57)`. */
  describe(shown = 10): string {
    const first = this.lines.slice(0, shown);
    if (this.count === 1) return `line ${first[0]}`;
    if (this.count <= shown) return `lines ${first.slice(0, -1).join(', ')} and ${first.at(-1)}`;
    return `lines ${first.join(', ')}, … (first ${shown} of ${this.count})`;
  }
}
