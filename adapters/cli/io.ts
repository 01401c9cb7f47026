/** Where CLI output goes: the process streams, or a buffer in tests. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Standard input as text lines (for `ask --json` batch mode); undefined when stdin is a terminal. */
  stdinLines(): AsyncIterable<string> | undefined;
  env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    stdinLines: () => {
      if (process.stdin.isTTY) return undefined;
      return (async function* () {
        const { createInterface } = await import('node:readline');
        for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) yield line;
      })();
    },
    env: process.env,
  };
}
