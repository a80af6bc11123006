/** Writes a PNG into DIR (created if needed) and returns its path as given relative to the working directory. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

export async function writePng(dir: string, name: string, png: Buffer, cwd: string): Promise<string> {
  const absolute = resolve(cwd, dir);
  await mkdir(absolute, { recursive: true });
  const path = join(absolute, name);
  await writeFile(path, png);
  const shown = relative(cwd, path);
  return shown.startsWith('..') ? path : shown;
}
