/**
 * Shape of classbot's validated configuration (the zod schema and loader live in src/config.ts).
 * Adapters receive only their own slice.
 */
export interface SlackConfig {
  signingSecret: string;
  botToken: string;
  /** Set → Socket Mode instead of HTTP. */
  appToken?: string;
  /** Web API base URL override (GovSlack, tests), e.g. "http://127.0.0.1:4000/api/". */
  apiUrl?: string;
  allowedTeamIds?: string[];
}

export interface TeamsConfig {
  /** Empty → unauthenticated local mode (Emulator, Agents Playground). */
  appId?: string;
  appPassword?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
  allowedTenantIds?: string[];
  /** Per-attempt timeout of posts to the Bot Framework connector (default 10 s). */
  connectorTimeoutMs?: number;
  /** Where Bot Framework token signing keys are published (default: Bot Framework's public cloud; override for sovereign clouds, tests). */
  openIdMetadataUrl?: string;
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Undefined when Slack credentials are not set: Slack is off. */
  slack?: SlackConfig;
  teams: TeamsConfig;
}
