/**
 * The ArrayBuffers of a loaded fleet worth moving (not copying) to the main
 * thread: every typed array's buffer of at least 64 KiB, once each. Small ones
 * are cheaper to copy, and skipping them keeps Node's shared Buffer pool out.
 */
const MIN_TRANSFER_BYTES = 64 * 1024;

export function collectTransferables(
  value: unknown,
  depth = 3,
  found = new Set<ArrayBuffer>(),
): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    const buffer = value.buffer;
    if (buffer instanceof ArrayBuffer && buffer.byteLength >= MIN_TRANSFER_BYTES) found.add(buffer);
  } else if (depth > 0 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const inner of Object.values(value)) collectTransferables(inner, depth - 1, found);
  }
  return [...found];
}
