/** Node entry of the `touchmap` command (bundled to dist-cli/touchmap.mjs). */
import { readFile, stat } from 'node:fs/promises';
import { run } from './run';

// `touchmap export … | head` closes the pipe early: that is not an error worth a trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  fileSize: async (path) => (await stat(path)).size,
  env: process.env,
  now: () => new Date(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`touchmap: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
