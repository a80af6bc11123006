/** Prints a status view as text or, with `--json`, as the documented JSON (with the diff when there is one). */
import { renderStatusJson } from '../core/render/render-status-json.ts';
import { renderStatusText } from '../core/render/render-status-text.ts';
import type { StatusView } from '../core/report/view-model.ts';
import type { CliIo } from './cli-io.ts';

export function printStatus(view: StatusView, json: boolean, io: CliIo): void {
  io.out((json ? renderStatusJson(view.report, view) : renderStatusText(view)).trimEnd());
}
