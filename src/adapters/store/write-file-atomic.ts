/**
 * Writes go to a temp file in the same directory, then a rename (or a hard
 * link, for create-only writes) puts them in place in one step: a reader never
 * sees half a file, and a crash mid-write leaves at most a stray temp file.
 */
import { randomBytes } from 'node:crypto';
import { link, rename, unlink, writeFile } from 'node:fs/promises';

const tempName = (path: string) => `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;

/** Replace `path` with `data` atomically. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = tempName(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/** Create `path` with `data` unless it exists; true when this call created it. */
export async function createFileAtomic(path: string, data: Uint8Array | string): Promise<boolean> {
  const temp = tempName(path);
  try {
    await writeFile(temp, data);
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp).catch(() => {});
  }
}
