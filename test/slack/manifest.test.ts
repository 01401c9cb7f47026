/**
 * The Slack app manifests are valid against Slack's published manifest schema (draft-07, so ajv's default class,
 * with ajv-formats; the schema's non-standard `regex` keyword is enforced as a pattern), and they declare what the
 * code listens to.
 */
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../adapters/slack/index.js';
import { SLASH_COMMAND } from '../../adapters/slack/listeners/commands/classbot.js';

// CommonJS packages: under NodeNext their exports sit on `.default`, at run time they may not.
const Ajv = (AjvModule as unknown as { default: typeof AjvModule.default }).default ?? AjvModule;
const addFormats = (formatsModule as unknown as { default: typeof formatsModule.default }).default ?? formatsModule;

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
const schema = readJson('test/fixtures/slack-app-manifest.schema.json');

function validator() {
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false }) // Slack's schema leaves some types implicit;
  addFormats(ajv);
  ajv.addKeyword('_note'); // Slack's own annotation
  ajv.addKeyword({
    keyword: 'regex',
    type: 'string',
    schemaType: 'string',
    validate: (pattern: string, data: string) => new RegExp(pattern).test(data),
  });
  return ajv.compile(schema);
}

const manifests = {
  'socket mode': readJson('manifest/slack/manifest.json'),
  http: readJson('manifest/slack/manifest.http.json'),
};

describe('Slack app manifest', () => {
  const validate = validator();

  it.each(Object.entries(manifests))('%s manifest validates against the published schema', (_name, manifest) => {
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(Object.entries(manifests))('%s manifest declares the bot user, command, Home, scopes, events and interactivity', (_name, m) => {
    expect(m.features.bot_user.display_name).toBe('classbot');
    expect(m.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([SLASH_COMMAND]);
    expect(m.features.app_home.home_tab_enabled).toBe(true);
    expect(m.features.app_home.messages_tab_enabled).toBe(true);
    expect(m.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history']));
    expect(m.settings.event_subscriptions.bot_events.sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
    expect(m.settings.interactivity.is_enabled).toBe(true);
  });

  it('Socket Mode manifest needs no public URL; the HTTP one points every URL at /slack/events', () => {
    const s = manifests['socket mode'];
    expect(s.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(s)).not.toContain('request_url');
    const h = manifests.http;
    expect(h.settings.socket_mode_enabled).toBe(false);
    for (const url of [h.features.slash_commands[0].url, h.settings.event_subscriptions.request_url, h.settings.interactivity.request_url])
      expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
  });

  it('the validator rejects what Slack would reject', () => {
    const broken = structuredClone(manifests['socket mode']);
    broken.display_information.background_color = 'blue';
    broken.features.slash_commands[0].command = 'classbot';
    broken.settings.surprise = true;
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/display_information/background_color', '/features/slash_commands/0/command', '/settings']));
  });
});
