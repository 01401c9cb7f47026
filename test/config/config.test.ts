/**
 * Configuration: every rule of src/config.ts, first as a function, then as the operator meets it —
 * `tsx src/server/main.ts` with a bad environment prints ONE line naming the variable and exits 2,
 * with no stack trace and no secret in the output.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../src/config.js';

const ROOT = join(import.meta.dirname, '..', '..');
const APP_ID = '5f3c2b1a-0d9e-4c8b-a7f6-123456789abc';
const TENANT = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const SECRET = 'hunter2-signing-secret-value';

function error(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('runs with no credentials at all: defaults, Slack off, Teams unauthenticated', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir).toBe(join(process.cwd(), 'index-data'));
    expect(config.logLevel).toBe('info');
    expect(config.slack).toBeUndefined();
    expect(config.teams).toEqual({ appType: 'MultiTenant', connectorTimeoutMs: 10_000 });
  });

  it('reads every variable into its slice', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      CLASSBOT_DATA: 'index-data',
      LOG_LEVEL: 'DEBUG',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_APP_TOKEN: 'xapp-1-A1-abc',
      SLACK_API_URL: 'https://slack-gov.com/api',
      SLACK_ALLOWED_TEAM_IDS: 'T0123ABC, T0456DEF',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'pw',
      MicrosoftAppType: 'singletenant',
      MicrosoftAppTenantId: TENANT,
      TEAMS_ALLOWED_TENANT_IDS: TENANT,
      TEAMS_CONNECTOR_TIMEOUT_MS: '2500',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      logLevel: 'debug',
      slack: {
        signingSecret: SECRET,
        botToken: 'xoxb-1-2-abc',
        appToken: 'xapp-1-A1-abc',
        apiUrl: 'https://slack-gov.com/api/',
        allowedTeamIds: ['T0123ABC', 'T0456DEF'],
      },
      teams: { appId: APP_ID, appPassword: 'pw', appType: 'SingleTenant', tenantId: TENANT, allowedTenantIds: [TENANT], connectorTimeoutMs: 2500 },
    });
  });

  it('treats blank values (KEY= in a .env file) as unset', () => {
    expect(loadConfig({ PORT: '', SLACK_BOT_TOKEN: ' ', MicrosoftAppId: '' }).slack).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT', /PORT: expected a port number from 0 to 65535 \(got "eighty"\)/],
    [{ PORT: '70000' }, 'PORT', /PORT: expected a port number/],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent/],
    [{ CLASSBOT_DATA: 'no/such/folder' }, 'CLASSBOT_DATA', /CLASSBOT_DATA: expected a folder of class spec files/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET', /^SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is missing/],
    [{ SLACK_SIGNING_SECRET: SECRET }, 'SLACK_BOT_TOKEN', /^SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is missing/],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN', /^SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is missing/],
    [{ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxp-user-token' }, 'SLACK_BOT_TOKEN', /SLACK_BOT_TOKEN: expected a bot token starting with "xoxb-"/],
    [{ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-1' }, 'SLACK_APP_TOKEN', /SLACK_APP_TOKEN: expected an app-level token starting with "xapp-"/],
    [{ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_API_URL: 'slack.com/api' }, 'SLACK_API_URL', /SLACK_API_URL: expected an http\(s\) URL/],
    [{ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_ALLOWED_TEAM_IDS: 'acme' }, 'SLACK_ALLOWED_TEAM_IDS', /SLACK_ALLOWED_TEAM_IDS: expected a comma-separated list of Slack team ids/],
    [{ SLACK_API_URL: 'https://slack.com/api/' }, 'SLACK_API_URL', /^SLACK_API_URL is set but Slack is off/],
    [{ MicrosoftAppId: 'my-bot' }, 'MicrosoftAppId', /MicrosoftAppId: expected the bot's Microsoft App ID \(a GUID\)/],
    [{ MicrosoftAppId: APP_ID }, 'MicrosoftAppPassword', /^MicrosoftAppId is set but MicrosoftAppPassword is missing/],
    [{ MicrosoftAppPassword: 'pw' }, 'MicrosoftAppId', /^MicrosoftAppPassword is set but MicrosoftAppId is missing/],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId', /^MicrosoftAppType is SingleTenant but MicrosoftAppTenantId is missing/],
    [{ MicrosoftAppType: 'Personal' }, 'MicrosoftAppType', /MicrosoftAppType: expected one of MultiTenant, SingleTenant, UserAssignedMSI/],
    [{ TEAMS_ALLOWED_TENANT_IDS: 'contoso' }, 'TEAMS_ALLOWED_TENANT_IDS', /TEAMS_ALLOWED_TENANT_IDS: expected a comma-separated list of Microsoft tenant ids/],
    [{ TEAMS_CONNECTOR_TIMEOUT_MS: '10s' }, 'TEAMS_CONNECTOR_TIMEOUT_MS', /^TEAMS_CONNECTOR_TIMEOUT_MS: expected a positive whole number of milliseconds, e\.g\. 10000 \(got "10s"\)$/],
    [{ TEAMS_CONNECTOR_TIMEOUT_MS: '0' }, 'TEAMS_CONNECTOR_TIMEOUT_MS', /^TEAMS_CONNECTOR_TIMEOUT_MS: expected a positive whole number of milliseconds up to 600000/],
    [{ TEAMS_CONNECTOR_TIMEOUT_MS: '-5' }, 'TEAMS_CONNECTOR_TIMEOUT_MS', /^TEAMS_CONNECTOR_TIMEOUT_MS: expected a positive whole number/],
    [{ TEAMS_CONNECTOR_TIMEOUT_MS: '1.5' }, 'TEAMS_CONNECTOR_TIMEOUT_MS', /^TEAMS_CONNECTOR_TIMEOUT_MS: expected a positive whole number/],
    [{ TEAMS_CONNECTOR_TIMEOUT_MS: '99999999999' }, 'TEAMS_CONNECTOR_TIMEOUT_MS', /^TEAMS_CONNECTOR_TIMEOUT_MS: expected a positive whole number of milliseconds up to 600000/],
  ])('%j → names %s', (env, variable, message) => {
    const e = error(env as Record<string, string>);
    expect(e.variables).toEqual([variable]);
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain('\n');
  });

  it('never echoes a secret, even when it is malformed', () => {
    const e = error({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxp-very-secret-user-token' });
    expect(e.message).not.toContain('very-secret');
    expect(e.message).not.toContain(SECRET);
  });

  it('.env.example documents every variable', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect(example, name).toMatch(new RegExp(`^#?\\s*${name}=`, 'm'));
    // Each variable has a comment right above it.
    const lines = example.split('\n');
    for (const name of CONFIG_VARIABLES) {
      const i = lines.findIndex((l) => new RegExp(`^#?\\s*${name}=`).test(l));
      expect(lines[i - 1], `comment above ${name}`).toMatch(/^#/);
    }
  });
});

/** Start the real server entry point with exactly `env`; resolve with its exit code and output. */
function runMain(env: Record<string, string>, timeoutMs = 45_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/server/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', CLASSBOT_ENV_FILE: '/nonexistent/.env', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not exit within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('starting with a bad configuration', { timeout: 60_000 }, () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['a malformed PORT', { PORT: 'http' }, /^classbot: invalid configuration: PORT: expected a port number from 0 to 65535 \(got "http"\)$/],
    ['Slack half configured', { SLACK_BOT_TOKEN: 'xoxb-1-2-3' }, /^classbot: invalid configuration: SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is missing/],
    ['a user token instead of a bot token', { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxp-1-2-3' }, /SLACK_BOT_TOKEN: expected a bot token starting with "xoxb-"/],
    ['SingleTenant without a tenant', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'pw-value-123', MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppType is SingleTenant but MicrosoftAppTenantId is missing/],
    ['an app password without an app id', { MicrosoftAppPassword: 'pw-value-123' }, /MicrosoftAppPassword is set but MicrosoftAppId is missing/],
    ['a missing data folder', { CLASSBOT_DATA: '/no/such/specs' }, /CLASSBOT_DATA: expected a folder of class spec files, but "\/no\/such\/specs" is not a folder/],
    ['an unknown log level', { LOG_LEVEL: 'verbose' }, /LOG_LEVEL: expected one of/],
    ['a connector timeout that is not a number of ms', { TEAMS_CONNECTOR_TIMEOUT_MS: 'ten seconds' }, /^classbot: invalid configuration: TEAMS_CONNECTOR_TIMEOUT_MS: expected a positive whole number of milliseconds/],
  ];

  it.each(cases)('%s: one line naming the variable, exit code 2, no stack, no secret', async (_name, env, message) => {
    const { code, stdout, stderr } = await runMain(env);
    expect(code).toBe(2);
    const lines = stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(stdout).toBe('');
    for (const secret of [SECRET, 'pw-value-123']) expect(stderr).not.toContain(secret);
  });

  it('reads an optional .env file (real environment variables win)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'classbot-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, '# test\nLOG_LEVEL=chatty\nPORT=1234\n');
    const fromFile = await runMain({ CLASSBOT_ENV_FILE: file });
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toMatch(/LOG_LEVEL: expected one of .* \(got "chatty"\)/);
    const overridden = await runMain({ CLASSBOT_ENV_FILE: file, LOG_LEVEL: 'info', PORT: 'x' });
    expect(overridden.code).toBe(2);
    expect(overridden.stderr).toMatch(/PORT: expected a port number/);
  });
});
