// Process entry for the CLI (bin/classbot.js loads the compiled copy; in development: `npx tsx adapters/cli/run.ts`).
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
