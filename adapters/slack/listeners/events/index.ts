import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { registerAppHomeOpened } from './app-home-opened.js';
import { registerAppMention } from './app-mention.js';
import { registerDirectMessages } from './message-im.js';

export function registerEvents(app: App, deps: ListenerDeps): void {
  registerAppMention(app, deps);
  registerDirectMessages(app, deps);
  registerAppHomeOpened(app, deps);
}
