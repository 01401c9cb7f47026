import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { registerMore } from './more.js';
import { registerOpenFit } from './open-fit.js';
import { registerRunAction } from './run-action.js';
import { registerShare } from './share.js';
import { registerUnknownInteractions } from './unknown.js';

export function registerActions(app: App, deps: ListenerDeps): void {
  registerRunAction(app, deps);
  registerMore(app, deps);
  registerShare(app, deps);
  registerOpenFit(app, deps);
  registerUnknownInteractions(app, deps);
}
