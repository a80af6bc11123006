/** What the file and http sources share: the request options and the opened body. */
import type { Validators } from '../../app/ports.ts';

export interface SourceRequest {
  /** Sent as the Authorization header (http only). Never logged or put in a message. */
  readonly authorization?: string | null;
  /** Limit on the decompressed size. */
  readonly maxBytes: number;
  /** Validators of the last good fetch, for a conditional request. */
  readonly previous?: Validators;
  /** Aborts the request and the body (the caller's signal combined with the timeout). */
  readonly signal: AbortSignal;
}

export type OpenedSource =
  | { readonly status: 'not-modified' }
  | {
      readonly status: 'ok';
      /**
       * Decompressed bytes; iterating throws InventoryFetchError on a cut-off body. A chunk is
       * valid until the next one is asked for (a source may reuse its buffer): copy what you keep.
       */
      readonly body: AsyncIterable<Uint8Array>;
      readonly validators: Validators;
      /** Expected decompressed size when known (a plain file or an unencoded Content-Length). */
      readonly sizeHint?: number;
      /** Releases the connection or file when the body is not read to the end (idempotent). */
      dispose(): void;
    };
