/**
 * Errors crossing the worker boundary: structured clone keeps only a plain
 * Error, so the typed errors travel as name + code + message and are rebuilt
 * as the same classes on the other side (callers match on them).
 */
import {
  InventoryFormatError,
  type InventoryFormatErrorCode,
} from '../../core/inventory/inventory-format-error.ts';
import { InventoryFetchError, type InventoryFetchErrorCode } from './inventory-fetch-error.ts';

export interface WireError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly status?: number;
}

export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, status } = error as { code?: unknown; status?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof status === 'number' ? { status } : {}),
  };
}

export function fromWireError(wire: WireError): Error {
  if (wire.name === 'InventoryFormatError') {
    return new InventoryFormatError(wire.code as InventoryFormatErrorCode, wire.message);
  }
  if (wire.name === 'InventoryFetchError') {
    return new InventoryFetchError(wire.code as InventoryFetchErrorCode, wire.message, wire.status);
  }
  const error = new Error(wire.message);
  error.name = wire.name;
  return error;
}
