/**
 * The byte layout shared by the encoder and decoder:
 *
 *   0  'JMSN' magic · 4  u32 schema version · 8  u32 header length · 12  header JSON (UTF-8)
 *   then each section of the header's `sections` list, in order, starting on an 8-byte boundary.
 *
 * Numbers are little-endian (typed arrays are written as they sit in memory,
 * which is why the platform check below exists).
 */
import type { ReportModel } from '../report/report-model.ts';
import type { SnapshotMeta } from './snapshot.ts';

export const MAGIC = [0x4a, 0x4d, 0x53, 0x4e] as const; // 'JMSN'
export const PREAMBLE_BYTES = 12;

export type SectionType = 'f64' | 'u32' | 'u16' | 'u8';
export const SECTION_BYTES: Readonly<Record<SectionType, number>> = { f64: 8, u32: 4, u16: 2, u8: 1 };

export interface SectionEntry {
  readonly name: string;
  readonly type: SectionType;
  /** Element count. */
  readonly length: number;
}

export interface SnapshotHeader {
  readonly meta: SnapshotMeta;
  readonly report: ReportModel;
  readonly hosts: {
    readonly count: number;
    readonly idKind: 'numeric' | 'text';
    readonly team: readonly string[];
    readonly environment: readonly string[];
    readonly distribution: readonly string[];
    readonly version: readonly string[];
    readonly versionMajor: readonly (number | null)[];
  };
  readonly sections: readonly SectionEntry[];
}

export const align8 = (n: number) => (n + 7) & ~7;

export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
