/** Why an export is not a usable inventory; each code has its own actionable message. */
export type InventoryFormatErrorCode =
  | 'empty'
  | 'no-data-rows'
  | 'html'
  | 'json'
  | 'binary'
  | 'missing-columns'
  | 'duplicate-columns'
  | 'wrong-delimiter'
  | 'header-too-long'
  | 'ragged-rows';

/** The bytes are not a usable inventory CSV. The message says what was found and what to do. */
export class InventoryFormatError extends Error {
  constructor(
    readonly code: InventoryFormatErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InventoryFormatError';
  }
}
