import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { registerClassbotCommand } from './classbot.js';

export function registerCommands(app: App, deps: ListenerDeps): void {
  registerClassbotCommand(app, deps);
}
