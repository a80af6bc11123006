/** Runs a file-store call and turns I/O failures into a StoreUnavailableError naming the directory. */
import { StoreUnavailableError } from '../../app/store-unavailable-error.ts';

export type FileGuard = <T>(operation: string, run: () => Promise<T>) => Promise<T>;

export function fileGuard(dir: string): FileGuard {
  return async (operation, run) => {
    try {
      return await run();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new StoreUnavailableError(`data directory ${dir} unusable${code ? `: ${code}` : ''}`, operation, {
        cause: error,
      });
    }
  };
}
