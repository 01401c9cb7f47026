#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/adapters/cli/run.js', import.meta.url));
if (!existsSync(compiled)) {
  console.error('classbot: not built yet; run `npm ci` (or `npm run build`) first.');
  process.exit(1);
}
await import(compiled);
