/**
 * The inventory as read from an export: one entry per data row, strings
 * dictionary-encoded as they are read (a fleet has few distinct teams, versions,
 * environments), host ids kept numeric when every id is a plain integer.
 * Nothing here is cleaned yet: values are the raw cell text (unquoted).
 */

/** A dictionary-encoded string column: `values[codes[i]]` is row i's text. */
export interface DictColumn {
  readonly codes: Uint32Array;
  readonly values: readonly string[];
}

/**
 * Host ids. `numeric` when every id is a run of at most 15 digits (the common
 * CMDB case: 8 bytes a host, sortable); `text` otherwise. A leading zero makes
 * the column text (`007` and `7` are different hosts). Unlike the other
 * columns, ids have spaces and tabs around them removed in both forms.
 */
export type HostIds =
  | { readonly kind: 'numeric'; readonly values: Float64Array }
  | { readonly kind: 'text'; readonly values: readonly string[] };

/** The columns the product reads, by role. Header names come from the config. */
export type ColumnRole = 'id' | 'distribution' | 'environment' | 'team' | 'lastSeen' | 'version';

export interface InventoryWarning {
  readonly code: 'ragged-rows' | 'blank-id';
  readonly message: string;
  /** 1-based physical line numbers of the first offending rows (at most 20). */
  readonly lines: readonly number[];
  readonly count: number;
}

export interface Inventory {
  /** Data rows kept (header and skipped rows excluded). */
  readonly rows: number;
  readonly ids: HostIds;
  readonly distribution: DictColumn;
  readonly environment: DictColumn;
  readonly team: DictColumn;
  readonly lastSeen: DictColumn;
  readonly version: DictColumn;
  readonly warnings: readonly InventoryWarning[];
  /** Bytes read (after decompression). */
  readonly bytes: number;
}
