/**
 * Snapshot -> bytes: a small JSON header (meta, report model, dictionaries)
 * and the host columns as raw typed arrays. About 13 bytes a host with
 * numeric ids (8 for the id, 1 each for team, environment, distribution,
 * version and state while those dictionaries stay under 256 values).
 */
import type { CodeArray, Snapshot } from './snapshot.ts';
import { SNAPSHOT_SCHEMA_VERSION } from './snapshot.ts';
import {
  align8,
  LITTLE_ENDIAN,
  MAGIC,
  PREAMBLE_BYTES,
  SECTION_BYTES,
  type SectionEntry,
  type SectionType,
  type SnapshotHeader,
} from './snapshot-layout.ts';

type Section = { readonly entry: SectionEntry; readonly data: ArrayBufferView };

function typeOf(codes: CodeArray): SectionType {
  return codes instanceof Uint8Array ? 'u8' : codes instanceof Uint16Array ? 'u16' : 'u32';
}

function sectionsOf(snapshot: Snapshot): Section[] {
  const h = snapshot.hosts;
  const out: Section[] = [];
  if (h.ids.kind === 'numeric') {
    out.push({ entry: { name: 'ids', type: 'f64', length: h.ids.values.length }, data: h.ids.values });
  } else {
    const encoder = new TextEncoder();
    const parts = h.ids.values.map((id) => encoder.encode(id));
    const offsets = new Uint32Array(h.count + 1);
    for (let i = 0; i < parts.length; i++) offsets[i + 1] = offsets[i] + parts[i].length;
    const text = new Uint8Array(offsets[h.count]);
    for (let i = 0; i < parts.length; i++) text.set(parts[i], offsets[i]);
    out.push({ entry: { name: 'idOffsets', type: 'u32', length: offsets.length }, data: offsets });
    out.push({ entry: { name: 'idText', type: 'u8', length: text.length }, data: text });
  }
  for (const name of ['team', 'environment', 'distribution', 'version'] as const) {
    const codes = h[name].codes;
    out.push({ entry: { name, type: typeOf(codes), length: codes.length }, data: codes });
  }
  out.push({ entry: { name: 'state', type: 'u8', length: h.state.length }, data: h.state });
  return out;
}

/**
 * Encode a snapshot for a store.
 *
 * @example decodeSnapshot(encodeSnapshot(snapshot)).hosts.count === snapshot.hosts.count
 */
export function encodeSnapshot(snapshot: Snapshot): Uint8Array {
  if (!LITTLE_ENDIAN) throw new Error('snapshot encoding needs a little-endian platform');
  const h = snapshot.hosts;
  const sections = sectionsOf(snapshot);
  for (const s of sections) {
    const expected =
      s.entry.name === 'idOffsets' ? h.count + 1 : s.entry.name === 'idText' ? s.entry.length : h.count;
    if (s.entry.length !== expected) {
      throw new RangeError(
        `snapshot column ${s.entry.name} has ${s.entry.length} entries for ${h.count} hosts`,
      );
    }
  }
  const header: SnapshotHeader = {
    meta: snapshot.meta,
    report: snapshot.report,
    hosts: {
      count: h.count,
      idKind: h.ids.kind,
      team: h.team.values,
      environment: h.environment.values,
      distribution: h.distribution.values,
      version: h.version.values,
      versionMajor: h.versionMajor,
    },
    sections: sections.map((s) => s.entry),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = align8(PREAMBLE_BYTES + json.length);
  for (const s of sections) size = align8(size + s.entry.length * SECTION_BYTES[s.entry.type]);
  const bytes = new Uint8Array(size);
  bytes.set(MAGIC, 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, SNAPSHOT_SCHEMA_VERSION, true);
  view.setUint32(8, json.length, true);
  bytes.set(json, PREAMBLE_BYTES);
  let offset = align8(PREAMBLE_BYTES + json.length);
  for (const s of sections) {
    bytes.set(new Uint8Array(s.data.buffer, s.data.byteOffset, s.data.byteLength), offset);
    offset = align8(offset + s.data.byteLength);
  }
  return bytes;
}
