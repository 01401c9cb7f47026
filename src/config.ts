/**
 * classbot's configuration: read from the environment (plus an optional `.env` file), validated with zod.
 *
 * `loadConfig(env)` returns an AppConfig or throws a ConfigError whose message is ONE line naming the
 * variable and what is expected. Messages never contain the value of a secret.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { AppConfig, SlackConfig, TeamsConfig } from './config-shape.js';

export type { AppConfig, SlackConfig, TeamsConfig } from './config-shape.js';

/** A configuration problem, phrased for the operator (one line, no stack trace needed). */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** The variable(s) at fault. */
    readonly variables: string[],
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Every variable classbot reads, in the order .env.example documents them. */
export const CONFIG_VARIABLES = [
  'PORT',
  'HOST',
  'CLASSBOT_DATA',
  'LOG_LEVEL',
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_API_URL',
  'SLACK_ALLOWED_TEAM_IDS',
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppType',
  'MicrosoftAppTenantId',
  'TEAMS_ALLOWED_TENANT_IDS',
  'TEAMS_CONNECTOR_TIMEOUT_MS',
] as const;

/** Variables whose values are never echoed back in a message. */
const SECRET_VARIABLES = new Set(['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'MicrosoftAppPassword']);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
/** Per-attempt timeout of posts to the Bot Framework connector; capped well below setTimeout's 2^31 ms overflow. */
const CONNECTOR_TIMEOUT = { default: 10_000, max: 600_000 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Unset and blank (e.g. `SLACK_BOT_TOKEN=` in a .env file) both mean "not set". */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** A comma-separated list whose items must each match `pattern`. */
function idList(expected: string, pattern: RegExp) {
  return optionalString.pipe(
    z
      .string()
      .optional()
      .transform((v) => v?.split(',').map((s) => s.trim()).filter(Boolean))
      .refine((ids) => ids === undefined || (ids.length > 0 && ids.every((id) => pattern.test(id))), {
        message: `expected a comma-separated list of ${expected}`,
      }),
  );
}

const EnvSchema = z
  .object({
    PORT: optionalString.pipe(
      z
        .string()
        .regex(/^\d{1,5}$/, { message: 'expected a port number from 0 to 65535' })
        .transform(Number)
        .refine((n) => n <= 65535, { message: 'expected a port number from 0 to 65535' })
        .default(3978),
    ),
    HOST: optionalString.pipe(
      z
        .string()
        .regex(/^[\w.:-]+$/, { message: 'expected a host name or IP address to listen on, e.g. 0.0.0.0' })
        // This machine only unless asked: with no MicrosoftAppId the Teams endpoint is unauthenticated.
        .default('127.0.0.1'),
    ),
    CLASSBOT_DATA: optionalString.pipe(z.string().default('index-data')),
    LOG_LEVEL: optionalString.pipe(
      z
        .string()
        .transform((s) => s.toLowerCase())
        .pipe(z.enum(LOG_LEVELS, { message: `expected one of ${LOG_LEVELS.join(', ')}` }))
        .default('info'),
    ),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_BOT_TOKEN: optionalString.pipe(
      z
        .string()
        .startsWith('xoxb-', { message: 'expected a bot token starting with "xoxb-"' })
        .optional(),
    ),
    SLACK_APP_TOKEN: optionalString.pipe(
      z
        .string()
        .startsWith('xapp-', { message: 'expected an app-level token starting with "xapp-" (Socket Mode)' })
        .optional(),
    ),
    SLACK_API_URL: optionalString.pipe(
      z
        .url({ protocol: /^https?$/, message: 'expected an http(s) URL such as https://slack.com/api/' })
        .transform((u) => (u.endsWith('/') ? u : `${u}/`))
        .optional(),
    ),
    SLACK_ALLOWED_TEAM_IDS: idList('Slack team ids such as T0123ABCD', /^[TE][A-Z0-9]{2,}$/),
    MicrosoftAppId: optionalString.pipe(
      z.string().regex(GUID, { message: 'expected the bot\'s Microsoft App ID (a GUID)' }).optional(),
    ),
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: optionalString.pipe(
      z
        .string()
        .transform((s) => APP_TYPES.find((t) => t.toLowerCase() === s.toLowerCase()) ?? s)
        .pipe(z.enum(APP_TYPES, { message: `expected one of ${APP_TYPES.join(', ')}` }))
        .default('MultiTenant'),
    ),
    MicrosoftAppTenantId: optionalString.pipe(
      z
        .string()
        .regex(/^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i, {
          message: 'expected a Microsoft Entra tenant id (a GUID) or domain',
        })
        .optional(),
    ),
    TEAMS_ALLOWED_TENANT_IDS: idList('Microsoft tenant ids (GUIDs)', GUID),
    TEAMS_CONNECTOR_TIMEOUT_MS: optionalString.pipe(
      z
        .string()
        .regex(/^\d+$/, { message: `expected a positive whole number of milliseconds, e.g. ${CONNECTOR_TIMEOUT.default}` })
        .transform(Number)
        .refine((n) => n >= 1 && n <= CONNECTOR_TIMEOUT.max, {
          message: `expected a positive whole number of milliseconds up to ${CONNECTOR_TIMEOUT.max}, e.g. ${CONNECTOR_TIMEOUT.default}`,
        })
        .default(CONNECTOR_TIMEOUT.default),
    ),
  })
  .superRefine((env, ctx) => {
    // Cross-field rules: each names the variable to fix.
    const problem = (variable: string, message: string) => ctx.addIssue({ code: 'custom', path: [variable], message });
    const slackSet = env.SLACK_SIGNING_SECRET || env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN;
    if (slackSet && !env.SLACK_BOT_TOKEN) {
      const by = env.SLACK_SIGNING_SECRET ? 'SLACK_SIGNING_SECRET' : 'SLACK_APP_TOKEN';
      problem('SLACK_BOT_TOKEN', `${by} is set but SLACK_BOT_TOKEN is missing (expected a bot token starting with "xoxb-")`);
    } else if (slackSet && !env.SLACK_SIGNING_SECRET) {
      problem('SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is missing (Basic Information → App Credentials in the Slack app settings)');
    }
    if (!slackSet && (env.SLACK_API_URL || env.SLACK_ALLOWED_TEAM_IDS)) {
      const name = env.SLACK_API_URL ? 'SLACK_API_URL' : 'SLACK_ALLOWED_TEAM_IDS';
      problem(name, `${name} is set but Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET too`);
    }
    if (env.MicrosoftAppId) {
      if (!env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
        problem('MicrosoftAppPassword', 'MicrosoftAppId is set but MicrosoftAppPassword is missing (the client secret of the bot\'s app registration)');
      }
      if (env.MicrosoftAppType !== 'MultiTenant' && !env.MicrosoftAppTenantId) {
        problem('MicrosoftAppTenantId', `MicrosoftAppType is ${env.MicrosoftAppType} but MicrosoftAppTenantId is missing (expected the tenant id, a GUID)`);
      }
    } else {
      if (env.MicrosoftAppPassword) {
        problem('MicrosoftAppId', 'MicrosoftAppPassword is set but MicrosoftAppId is missing (expected the bot\'s Microsoft App ID, a GUID)');
      } else if (env.MicrosoftAppType !== 'MultiTenant') {
        problem('MicrosoftAppId', `MicrosoftAppType is ${env.MicrosoftAppType} but MicrosoftAppId is missing`);
      }
    }
  });

type Env = Record<string, string | undefined>;

/**
 * Validate `env` into an AppConfig. Throws ConfigError (one line) on the first bad variable.
 * `checkDataDir` (default true) also checks that CLASSBOT_DATA is an existing folder.
 */
export function loadConfig(env: Env = process.env, opts: { checkDataDir?: boolean } = {}): AppConfig {
  const picked = Object.fromEntries(CONFIG_VARIABLES.map((k) => [k, env[k]]));
  const parsed = EnvSchema.safeParse(picked);
  if (!parsed.success) throw toConfigError(parsed.error, picked);
  const e = parsed.data;

  const dataDir = resolve(e.CLASSBOT_DATA);
  if (opts.checkDataDir !== false && !isDirectory(dataDir)) {
    throw new ConfigError(`CLASSBOT_DATA: expected a folder of class spec files, but "${e.CLASSBOT_DATA}" is not a folder`, ['CLASSBOT_DATA']);
  }

  const slack: SlackConfig | undefined =
    e.SLACK_BOT_TOKEN && e.SLACK_SIGNING_SECRET
      ? {
          signingSecret: e.SLACK_SIGNING_SECRET,
          botToken: e.SLACK_BOT_TOKEN,
          ...(e.SLACK_APP_TOKEN && { appToken: e.SLACK_APP_TOKEN }),
          ...(e.SLACK_API_URL && { apiUrl: e.SLACK_API_URL }),
          ...(e.SLACK_ALLOWED_TEAM_IDS && { allowedTeamIds: e.SLACK_ALLOWED_TEAM_IDS }),
        }
      : undefined;
  const teams: TeamsConfig = {
    appType: e.MicrosoftAppType,
    ...(e.MicrosoftAppId && { appId: e.MicrosoftAppId }),
    ...(e.MicrosoftAppPassword && { appPassword: e.MicrosoftAppPassword }),
    ...(e.MicrosoftAppTenantId && { tenantId: e.MicrosoftAppTenantId }),
    ...(e.TEAMS_ALLOWED_TENANT_IDS && { allowedTenantIds: e.TEAMS_ALLOWED_TENANT_IDS }),
    connectorTimeoutMs: e.TEAMS_CONNECTOR_TIMEOUT_MS,
    // openIdMetadataUrl stays unset (tests only): a sovereign cloud needs every Bot Framework endpoint changed, not this one.
  };
  return { port: e.PORT, host: e.HOST, dataDir, logLevel: e.LOG_LEVEL, ...(slack && { slack }), teams };
}

/**
 * The environment with an optional env file merged in underneath (real environment variables win).
 * The file is `CLASSBOT_ENV_FILE` when set, else `.env` in the working directory; a missing file is fine.
 */
export function readEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const file = env.CLASSBOT_ENV_FILE || '.env';
  if (!existsSync(file)) return env;
  // process.loadEnvFile never overrides variables that are already set.
  try {
    process.loadEnvFile(file);
  } catch (error) {
    throw new ConfigError(`CLASSBOT_ENV_FILE: cannot read the env file "${file}" (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`, ['CLASSBOT_ENV_FILE']);
  }
  return process.env;
}

/** A summary safe to log at start-up: which channels are on, never a secret. */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  return {
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    logLevel: config.logLevel,
    slack: config.slack ? (config.slack.appToken ? 'socket-mode' : 'http') : 'off',
    slackApiUrl: config.slack?.apiUrl,
    teams: config.teams.appId ? `authenticated (${config.teams.appType})` : 'unauthenticated (local testing)',
  };
}

function toConfigError(error: z.ZodError, env: Env): ConfigError {
  const issue = error.issues[0]!;
  const variable = String(issue.path[0] ?? 'configuration');
  // Cross-field messages already start with the variable names ("X is set but Y is missing").
  const crossField = CONFIG_VARIABLES.some((name) => issue.message.startsWith(`${name} `));
  let message = crossField ? issue.message : `${variable}: ${issue.message}`;
  const value = env[variable];
  if (!crossField && value !== undefined && !SECRET_VARIABLES.has(variable) && value.length <= 80) {
    message += ` (got "${value.replace(/[\r\n]/g, ' ')}")`;
  }
  const more = error.issues.length - 1;
  if (more > 0) message += ` (and ${more} more problem${more > 1 ? 's' : ''})`;
  return new ConfigError(message, [variable]);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
