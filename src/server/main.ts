/**
 * `npm run collab-server`: the live-session server for a team. Settings come from the
 * environment (see docs/collaboration.md): COLLAB_SECRET (required), HOST (127.0.0.1), PORT
 * (1234), COLLAB_DATA_DIR (./collab-data), COLLAB_MAX_MESSAGE_MB (32), COLLAB_STATIC_DIR (dist).
 */
import { fileURLToPath } from 'node:url';
import { startCollabServer } from './collabServer';
import { ConfigError, isLoopback, readConfig } from './config';

// The bundle lives in dist-server/, the app it serves in dist/.
const builtApp = fileURLToPath(new URL('../dist/', import.meta.url));

async function main() {
  let config;
  try {
    config = readConfig(process.env, { staticDir: builtApp });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
  const server = await startCollabServer({ ...config, log });
  console.log(`Touchmap live-session server on ${server.url}`);
  console.log(`  rooms stored in ${config.dataDir}`);
  console.log(`  app served from ${config.staticDir ?? '(nothing: COLLAB_STATIC_DIR is empty)'}`);
  if (!isLoopback(config.host)) {
    console.log(`  listening on ${config.host}: put it behind a TLS reverse proxy (wss://), see docs/collaboration.md`);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: closing rooms and storage`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
