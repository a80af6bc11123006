import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileStore } from '../../../src/adapters/store/create-file-store.ts';
import { StoreUnavailableError } from '../../../src/app/store-unavailable-error.ts';
import { snapshotStoreContract } from './snapshot-store-contract.ts';
import { storedSnapshot } from './stored-snapshot-fixture.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'jm-store-'));

snapshotStoreContract('file', async () => {
  const dir = tempDir();
  return {
    store: createFileStore(join(dir, 'data')),
    close: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('file store specifics', () => {
  it('leaves no temp files and sees snapshots written by another instance', async () => {
    const dir = tempDir();
    const a = createFileStore(dir);
    await a.put(storedSnapshot({ asOf: '2024-01-01T00:00:00Z', seed: 1 }));
    const b = createFileStore(dir);
    await b.put(storedSnapshot({ asOf: '2024-01-08T00:00:00Z', seed: 2 }));
    expect((await a.summaries()).length).toBe(2);
    expect(readdirSync(join(dir, 'snapshots')).filter((n) => n.includes('.tmp-'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('skips a damaged summary file instead of failing the whole history', async () => {
    const dir = tempDir();
    const store = createFileStore(dir);
    await store.put(storedSnapshot({ asOf: '2024-01-01T00:00:00Z', seed: 1 }));
    writeFileSync(join(dir, 'snapshots', '001704931200000-00000000deadbeef.json'), '{"id": trunc');
    expect((await createFileStore(dir).summaries()).length).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports an unusable data directory as a StoreUnavailableError', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'not a directory');
    const store = createFileStore(join(dir, 'file'));
    await expect(store.put(storedSnapshot({ asOf: '2024-01-01T00:00:00Z' }))).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
