/** Every listener, registered in one place (the Bolt starter-template layout). */
import type { App } from '@slack/bolt';
import { registerActions } from './actions/index.js';
import { allowTeams } from './allow-teams.js';
import { registerCommands } from './commands/index.js';
import { dedupeEvents } from './dedupe-events.js';
import type { ListenerDeps } from './deps.js';
import { registerEvents } from './events/index.js';
import { registerViews } from './views/index.js';

export function registerListeners(app: App, deps: ListenerDeps): void {
  app.use(allowTeams(deps));
  app.use(dedupeEvents(deps));
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  app.error(async (error) => {
    deps.logger.error({ channel: 'slack', err: error }, 'listener failed');
  });
}
