/**
 * Bytes -> Snapshot, checking everything a corrupt or foreign blob could get
 * wrong (magic, schema version, lengths, dictionary codes) so a bad blob is a
 * SnapshotError and never a crash further on. Columns are views on the bytes
 * where alignment allows (no copy), copies where it does not (Redis buffers
 * can start at any offset).
 */
import type { HostIds } from '../inventory/inventory.ts';
import { type CodeArray, SNAPSHOT_SCHEMA_VERSION, type Snapshot, type SnapshotColumn } from './snapshot.ts';
import { SnapshotError } from './snapshot-error.ts';
import { checkHeader } from './snapshot-header-check.ts';
import {
  align8,
  LITTLE_ENDIAN,
  MAGIC,
  PREAMBLE_BYTES,
  SECTION_BYTES,
  type SectionType,
  type SnapshotHeader,
} from './snapshot-layout.ts';

const ARRAYS = { f64: Float64Array, u32: Uint32Array, u16: Uint16Array, u8: Uint8Array } as const;

function view(bytes: Uint8Array, offset: number, type: SectionType, length: number) {
  const width = SECTION_BYTES[type];
  const start = bytes.byteOffset + offset;
  if (start % width === 0) return new ARRAYS[type](bytes.buffer as ArrayBuffer, start, length);
  // Copied through set(), not slice(): a Node Buffer's slice() is a view on the same memory.
  const copy = new Uint8Array(length * width);
  copy.set(bytes.subarray(offset, offset + length * width));
  return new ARRAYS[type](copy.buffer, 0, length);
}

function readSections(bytes: Uint8Array, header: SnapshotHeader, start: number) {
  const out = new Map<string, ArrayLike<number> & ArrayBufferView>();
  let offset = start;
  for (const s of header.sections) {
    const size = s.length * SECTION_BYTES[s.type];
    if (offset + size > bytes.length) {
      throw new SnapshotError(
        'corrupt',
        `section ${s.name} ends at byte ${offset + size} of ${bytes.length}`,
      );
    }
    out.set(s.name, view(bytes, offset, s.type, s.length));
    offset = align8(offset + size);
  }
  return out;
}

function codes(
  sections: Map<string, ArrayBufferView>,
  name: string,
  values: readonly string[],
  count: number,
) {
  const array = sections.get(name) as CodeArray | undefined;
  if (!array || array instanceof Float64Array || array.length !== count) {
    throw new SnapshotError('corrupt', `column ${name} is missing or has the wrong length`);
  }
  const limit = values.length;
  for (let i = 0; i < array.length; i++) {
    if (array[i] >= limit)
      throw new SnapshotError('corrupt', `column ${name} row ${i} has code ${array[i]} of ${limit}`);
  }
  return { codes: array, values } satisfies SnapshotColumn;
}

function ids(sections: Map<string, ArrayBufferView>, header: SnapshotHeader): HostIds {
  const count = header.hosts.count;
  if (header.hosts.idKind === 'numeric') {
    const values = sections.get('ids');
    if (!(values instanceof Float64Array) || values.length !== count) {
      throw new SnapshotError('corrupt', 'numeric id column is missing or has the wrong length');
    }
    return { kind: 'numeric', values };
  }
  const offsets = sections.get('idOffsets');
  const text = sections.get('idText');
  if (!(offsets instanceof Uint32Array) || !(text instanceof Uint8Array) || offsets.length !== count + 1) {
    throw new SnapshotError('corrupt', 'text id columns are missing or have the wrong length');
  }
  const decoder = new TextDecoder();
  const values: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    if (offsets[i + 1] < offsets[i] || offsets[i + 1] > text.length) {
      throw new SnapshotError('corrupt', `text id ${i} points outside the id section`);
    }
    values[i] = decoder.decode(text.subarray(offsets[i], offsets[i + 1]));
  }
  return { kind: 'text', values };
}

function readHeader(bytes: Uint8Array): { header: SnapshotHeader; end: number } {
  if (!(bytes instanceof Uint8Array) || bytes.length < PREAMBLE_BYTES) {
    throw new SnapshotError('corrupt', `${bytes?.length ?? 0} bytes is too short for a snapshot`);
  }
  if (MAGIC.some((b, i) => bytes[i] !== b))
    throw new SnapshotError('corrupt', 'not a snapshot (bad magic bytes)');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const schema = dv.getUint32(4, true);
  if (schema !== SNAPSHOT_SCHEMA_VERSION) {
    throw new SnapshotError(
      'schema',
      `schema version ${schema}, this build reads ${SNAPSHOT_SCHEMA_VERSION}`,
    );
  }
  const length = dv.getUint32(8, true);
  if (PREAMBLE_BYTES + length > bytes.length) {
    throw new SnapshotError('corrupt', `header of ${length} bytes runs past the end (${bytes.length} bytes)`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + length),
      ),
    );
  } catch (error) {
    throw new SnapshotError('corrupt', `header is not JSON: ${(error as Error).message}`);
  }
  return { header: checkHeader(parsed), end: align8(PREAMBLE_BYTES + length) };
}

/**
 * Decode bytes made by `encodeSnapshot`; throws SnapshotError for anything else.
 *
 * @example decodeSnapshot(encodeSnapshot(s)).meta.asOf === s.meta.asOf
 */
export function decodeSnapshot(bytes: Uint8Array): Snapshot {
  if (!LITTLE_ENDIAN) throw new SnapshotError('schema', 'snapshots are little-endian; this platform is not');
  const { header, end } = readHeader(bytes);
  const sections = readSections(bytes, header, end);
  const h = header.hosts;
  const state = sections.get('state');
  if (!(state instanceof Uint8Array) || state.length !== h.count) {
    throw new SnapshotError('corrupt', 'state column is missing or has the wrong length');
  }
  for (let i = 0; i < state.length; i++) {
    if ((state[i] & 3) === 3 || state[i] > 7)
      throw new SnapshotError('corrupt', `state of row ${i} is ${state[i]}`);
  }
  return {
    meta: header.meta,
    report: header.report,
    hosts: {
      count: h.count,
      ids: ids(sections, header),
      team: codes(sections, 'team', h.team, h.count),
      environment: codes(sections, 'environment', h.environment, h.count),
      distribution: codes(sections, 'distribution', h.distribution, h.count),
      version: codes(sections, 'version', h.version, h.count),
      versionMajor: h.versionMajor,
      state,
    },
  };
}
