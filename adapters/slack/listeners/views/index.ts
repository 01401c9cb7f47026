import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { registerFitSubmission } from './fit-submission.js';

export function registerViews(app: App, deps: ListenerDeps): void {
  registerFitSubmission(app, deps);
}
