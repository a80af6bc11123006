/**
 * The streaming inventory reader: pushed byte chunks of an export, it returns
 * the raw columnar Inventory at the end. Only the six needed columns are
 * decoded; the others are skipped by position. Strings are dictionary-encoded
 * from bytes as they are read, and host ids are parsed to numbers while they
 * can be, so a million-row export needs no string per row.
 *
 * Rows: blank lines are skipped; a row with a blank host id is skipped with a
 * `blank-id` warning; ragged rows follow the policy in check-ragged-rows.ts.
 */
import { checkRowProblems } from './check-row-problems.ts';
import { CsvScanner, type RecordSink } from './csv-scanner.ts';
import { DictColumnBuilder } from './dict-column-builder.ts';
import { HeadHoldback } from './head-holdback.ts';
import { HostIdBuilder } from './host-id-builder.ts';
import type { ColumnRole, Inventory } from './inventory.ts';
import { LineTally } from './line-tally.ts';
import { type ColumnIndexes, resolveHeader } from './resolve-header.ts';
import { readHeaderNames, rejectEmpty, rejectLongHeader } from './read-header-names.ts';
import { FieldUnquoter } from './unquote-field.ts';

export interface InventoryReaderOptions {
  /** Ragged rows up to this percent of the data rows are skipped with a warning; more fail the load. */
  readonly maxBadRowsPercent: number;
  /** Expected size of the whole export, when known (file size): columns are sized from it up front. */
  readonly expectedBytes?: number;
}

export interface InventoryReader {
  push(chunk: Uint8Array): void;
  /** Finishes the read; throws InventoryFormatError when the bytes are not a usable inventory. */
  end(): Inventory;
}

/** A header longer than this is not a header (binary data or a file without line breaks). */
const MAX_HEADER_BYTES = 1 << 20;

class StreamingInventoryReader implements InventoryReader, RecordSink {
  private readonly scanner = new CsvScanner(this);
  private readonly unquoter = new FieldUnquoter();
  private readonly head = new HeadHoldback();
  private bytes = 0;
  private header: string[] | null = null;
  private index: ColumnIndexes | null = null;
  private fieldCount = 0;
  private rows = 0;
  private readonly ragged = new LineTally();
  private readonly blankIds = new LineTally();
  private unterminatedLine: number | null = null;
  private readonly ids = new HostIdBuilder();
  private readonly distribution = new DictColumnBuilder();
  private readonly environment = new DictColumnBuilder();
  private readonly team = new DictColumnBuilder();
  private readonly lastSeen = new DictColumnBuilder();
  private readonly version = new DictColumnBuilder();

  constructor(
    private readonly columns: Readonly<Record<ColumnRole, string>>,
    private readonly options: InventoryReaderOptions,
  ) {}

  push(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (this.head.released) {
      this.scanner.push(chunk);
    } else {
      const head = this.head.push(chunk);
      if (head === null) return;
      this.scanner.push(head);
      this.reserveFromHead(head.length - this.scanner.pendingBytes);
    }
    if (this.header === null && this.scanner.pendingBytes > MAX_HEADER_BYTES) {
      throw rejectLongHeader(MAX_HEADER_BYTES);
    }
  }

  end(): Inventory {
    if (!this.head.released) this.scanner.push(this.head.release());
    this.scanner.finish();
    if (this.header === null) throw rejectEmpty(this.bytes);
    const warnings = checkRowProblems(
      {
        header: this.header,
        idColumn: this.columns.id,
        kept: this.rows,
        ragged: this.ragged,
        blankIds: this.blankIds,
        unterminatedLine: this.unterminatedLine,
      },
      this.options.maxBadRowsPercent,
    );
    return {
      rows: this.rows,
      ids: this.ids.build(),
      distribution: this.distribution.build(),
      environment: this.environment.build(),
      team: this.team.build(),
      lastSeen: this.lastSeen.build(),
      version: this.version.build(),
      warnings,
      bytes: this.bytes,
    };
  }

  /** Sizes the columns from the rows in the first KiB and the expected size, with 10 % to spare. */
  private reserveFromHead(consumed: number): void {
    const expected = this.options.expectedBytes;
    if (!expected || this.rows < 8) return;
    const rows = Math.ceil((expected / (consumed / (this.rows + 1))) * 1.1);
    if (rows > 1e8) return; // a bogus size: let the columns grow as they go
    this.ids.reserve(rows);
    for (const column of [this.distribution, this.environment, this.team, this.lastSeen, this.version]) {
      column.reserve(rows);
    }
  }

  /** One record from the scanner (RecordSink). */
  record(count: number, line: number, unterminated: boolean): void {
    const s = this.scanner;
    const bounds = s.bounds;
    if (count === 1 && !unterminated && s.quotedFields === 0 && isBlank(s.buf, bounds[0] + 1, bounds[1]))
      return;
    const index = this.index;
    if (index === null) {
      this.readHeader(count);
      return;
    }
    if (count !== this.fieldCount || unterminated) {
      this.ragged.add(line);
      if (unterminated) this.unterminatedLine = line;
      return;
    }
    const id = index.id;
    let pushed: boolean;
    if (s.quotedFields > 0 && s.quoted[id] === 1) {
      const length = this.unquoter.unquote(s.buf, bounds[id] + 1, bounds[id + 1]);
      pushed = this.ids.push(this.unquoter.bytes, this.unquoter.view, 0, length);
    } else {
      pushed = this.ids.push(s.buf, s.view, bounds[id] + 1, bounds[id + 1]);
    }
    if (!pushed) {
      this.blankIds.add(line);
      return;
    }
    this.rows++;
    if (s.quotedFields === 0) {
      const buf = s.buf;
      const view = s.view;
      let f = index.distribution;
      this.distribution.push(buf, view, bounds[f] + 1, bounds[f + 1]);
      f = index.environment;
      this.environment.push(buf, view, bounds[f] + 1, bounds[f + 1]);
      f = index.team;
      this.team.push(buf, view, bounds[f] + 1, bounds[f + 1]);
      f = index.lastSeen;
      this.lastSeen.push(buf, view, bounds[f] + 1, bounds[f + 1]);
      f = index.version;
      this.version.push(buf, view, bounds[f] + 1, bounds[f + 1]);
      return;
    }
    this.cell(this.distribution, index.distribution);
    this.cell(this.environment, index.environment);
    this.cell(this.team, index.team);
    this.cell(this.lastSeen, index.lastSeen);
    this.cell(this.version, index.version);
  }

  private cell(builder: DictColumnBuilder, field: number): void {
    const s = this.scanner;
    if (s.quotedFields === 0 || s.quoted[field] === 0) {
      builder.push(s.buf, s.view, s.bounds[field] + 1, s.bounds[field + 1]);
    } else {
      const u = this.unquoter;
      const length = u.unquote(s.buf, s.bounds[field] + 1, s.bounds[field + 1]);
      builder.push(u.bytes, u.view, 0, length);
    }
  }

  private readHeader(count: number): void {
    this.header = readHeaderNames(this.scanner, this.unquoter, count);
    this.index = resolveHeader(this.header, this.columns);
    this.fieldCount = count;
  }
}

function isBlank(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] !== 32 && buf[i] !== 9 && buf[i] !== 13) return false;
  return true;
}

/**
 * A reader for one export, pushed its bytes in chunks of any size.
 * @example const r = createInventoryReader(DEFAULT_COLUMNS, { maxBadRowsPercent: 1 }); r.push(bytes); r.end().rows
 */
export function createInventoryReader(
  columns: Readonly<Record<ColumnRole, string>>,
  options: InventoryReaderOptions = { maxBadRowsPercent: 1 },
): InventoryReader {
  return new StreamingInventoryReader(columns, options);
}
