/**
 * `app_home_opened` (Events API over HTTP or Socket Mode; Bolt acks the event
 * itself): publish the opener's Home tab. The event also fires for the
 * Messages tab, which has nothing to publish.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { HomeTab } from './home-tab.ts';

type HomeOpenedArgs = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;

export function appHomeOpened(home: HomeTab) {
  return async ({ event, client }: HomeOpenedArgs) => {
    if (event.tab !== undefined && event.tab !== 'home') return;
    await home.opened(event.user, client);
  };
}
