/**
 * Checks the parsed JSON header of a snapshot blob field by field, so the
 * decoder can trust it. The report model is checked only for what every
 * reader touches first (totals and teams); it was written by the same code.
 */
import { SnapshotError } from './snapshot-error.ts';
import { SECTION_BYTES, type SnapshotHeader } from './snapshot-layout.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function fail(what: string): never {
  throw new SnapshotError('corrupt', `header ${what}`);
}

/** The header, typed, or a SnapshotError naming the first bad field. */
export function checkHeader(raw: unknown): SnapshotHeader {
  if (!isObject(raw)) fail('is not an object');
  const { meta, report, hosts, sections } = raw;
  if (!isObject(meta)) fail('has no meta');
  for (const key of ['id', 'takenAt', 'asOf', 'contentHash', 'source']) {
    if (typeof meta[key] !== 'string') fail(`meta.${key} is not a string`);
  }
  if (!isObject(report) || !isObject(report.totals) || !Array.isArray(report.teams))
    fail('has no report model');
  if (!isObject(hosts) || !isCount(hosts.count)) fail('has no host count');
  if (hosts.idKind !== 'numeric' && hosts.idKind !== 'text') fail('hosts.idKind is neither numeric nor text');
  for (const key of ['team', 'environment', 'distribution', 'version']) {
    if (!isStrings(hosts[key])) fail(`hosts.${key} is not a list of strings`);
  }
  const majors = hosts.versionMajor;
  if (!Array.isArray(majors) || majors.length !== (hosts.version as string[]).length) {
    fail('hosts.versionMajor does not match the version dictionary');
  }
  if (!majors.every((m) => m === null || Number.isInteger(m))) fail('hosts.versionMajor holds a non-integer');
  if (!Array.isArray(sections)) fail('has no section list');
  for (const s of sections) {
    if (
      !isObject(s) ||
      typeof s.name !== 'string' ||
      !isCount(s.length) ||
      !Object.hasOwn(SECTION_BYTES, s.type as string)
    ) {
      fail(`section ${JSON.stringify(s)} is malformed`);
    }
  }
  return raw as unknown as SnapshotHeader;
}
