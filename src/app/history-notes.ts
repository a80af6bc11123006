/**
 * The words users see when history or the inventory let the figures down:
 * history unavailable (store unreachable), or an answer from the last good
 * snapshot because the latest fetch failed (when, and why).
 */
import type { ViewNote } from '../core/report/view-model.ts';
import type { InventoryAnswer } from './current-inventory.ts';
import { StoreUnavailableError } from './store-unavailable-error.ts';

const utc = (iso: string | Date) => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** "History unavailable (Redis unreachable) — showing current figures only". */
export function historyUnavailableNote(error: unknown): ViewNote {
  const reason = error instanceof StoreUnavailableError ? error.reason : 'history store error';
  return { level: 'warning', text: `History unavailable (${reason}) — showing current figures only` };
}

/**
 * The first sentence of an error message: what happened. The typed errors go on
 * with what an operator should do, which is in the log; a channel gets one sentence.
 */
const firstSentence = (message: string) => /^.*?[.!?](?=\s+[A-Z])/s.exec(message)?.[0] ?? message;

/** Why these figures are not from a fresh read, or nothing when they are. */
export function inventoryFailureNotes(answer: InventoryAnswer): ViewNote[] {
  if (!answer.failure) return [];
  const { current, failure } = answer;
  const asOf = current.report.asOf ? `, inventory as of ${utc(current.report.asOf)}` : '';
  return [
    {
      level: 'warning',
      text: `Showing the last good snapshot (read ${utc(current.readAt)}${asOf}) because the latest inventory fetch failed: ${firstSentence(failure.error.message)}`,
    },
  ];
}
