/**
 * A local stand-in for Bot Framework's token signing keys (login.botframework.com's OpenID
 * metadata and JWKS) on 127.0.0.1, and a signer for channel tokens, so token checks run for real:
 * botbuilder fetches the keys from here and verifies signatures, issuer, audience and expiry.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export const ISSUER = 'https://api.botframework.com';

export interface FakeOpenId {
  metadataUrl: string;
  /** A channel token signed with the published key (or `key` to forge one). */
  token(claims: Record<string, unknown>, opts?: { key?: KeyObject; kid?: string }): string;
  otherKey: KeyObject;
  close(): Promise<void>;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startFakeOpenId(): Promise<FakeOpenId> {
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'classbot-test-key';
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/keys') {
      const jwk = published.publicKey.export({ format: 'jwk' });
      res.end(JSON.stringify({ keys: [{ ...jwk, kid, kty: 'RSA', use: 'sig', endorsements: ['msteams'] }] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    otherKey: other.privateKey,
    token(claims, opts = {}) {
      const now = Math.floor(Date.now() / 1000);
      const header = b64({ alg: 'RS256', typ: 'JWT', kid: opts.kid ?? kid });
      const payload = b64({ iss: ISSUER, iat: now - 10, nbf: now - 10, exp: now + 3600, ...claims });
      const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), opts.key ?? published.privateKey).toString('base64url');
      return `${header}.${payload}.${signature}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
