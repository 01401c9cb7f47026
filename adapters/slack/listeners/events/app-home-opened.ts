/** Publish the Home tab each time a user opens it (the spec list may have changed since). */
import type { App } from '@slack/bolt';
import { homeView } from '../../views/home.js';
import type { ListenerDeps } from '../deps.js';

export function registerAppHomeOpened(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: homeView(deps.engine.specs()) });
    } catch (error) {
      deps.logger.warn({ channel: 'slack', op: 'views.publish', err: error }, 'could not publish the Home tab');
    }
  });
}
