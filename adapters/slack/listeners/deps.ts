/** What every listener gets: the engine (all answering), the logger, the Slack config and the retry policy. */
import type { SlackConfig } from '../../../src/config-shape.js';
import type { Engine } from '../../../src/engine/engine.js';
import type { Logger } from '../../../src/log.js';
import type { RetryPolicy } from '../deliver.js';

export interface ListenerDeps {
  engine: Engine;
  logger: Logger;
  config: SlackConfig;
  retry: RetryPolicy;
}
