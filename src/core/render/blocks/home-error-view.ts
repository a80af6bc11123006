/**
 * The Home tab when there are no figures to show (the inventory could not be
 * read and nothing was read before): what went wrong and what to do, so the
 * tab is never blank or stale without a word.
 */
import { context, header, section } from './block-builders.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import type { HomeView } from './home-view.ts';

/**
 * A Home view with the error in words; `message` and `hint` are plain text (escaped here).
 * @example homeErrorView('The inventory could not be fetched.', null).blocks.length // 3
 */
export function homeErrorView(message: string, hint: string | null): HomeView {
  return {
    type: 'home',
    callback_id: 'jm_home',
    blocks: [
      header('Java migration'),
      section(`:warning: ${escapeMrkdwn(message)}`),
      context(
        hint
          ? `${escapeMrkdwn(hint)} This tab updates itself when the inventory is read again.`
          : 'This tab updates itself when the inventory is read again.',
      ),
    ],
  };
}
