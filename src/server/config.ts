/**
 * The server's settings, read from the environment. Without a secret it refuses to start and
 * says how to make one; it listens on loopback unless HOST says otherwise.
 */
import { resolve } from 'node:path';
import { MIN_SECRET_LENGTH } from './token';

export interface CollabServerConfig {
  host: string;
  port: number;
  /** LevelDB folder holding every room's document. */
  dataDir: string;
  secret: string;
  /** Largest WebSocket message accepted; a bigger one closes that connection. */
  maxMessageBytes: number;
  /** The built app (dist/) served at `/`, or null to serve only the WebSocket endpoint. */
  staticDir: string | null;
}

export const DEFAULT_PORT = 1234;
export const DEFAULT_HOST = '127.0.0.1';
/** 32 MiB: a 5,000-touchpoint journey is about 4 MB as one Yjs update. */
export const DEFAULT_MAX_MESSAGE_MB = 32;

export class ConfigError extends Error {}

export const SECRET_HELP = [
  'COLLAB_SECRET is not set (or shorter than 32 characters).',
  'It signs the room tokens in join links. Make one and keep it out of version control:',
  '',
  '  openssl rand -hex 32',
  `  node -e "console.log(require('node:crypto').randomBytes(32).toString('hex'))"`,
  '',
  'then start the server with it, e.g.  COLLAB_SECRET=<that value> npm run collab-server',
].join('\n');

/**
 * Settings @y/websocket-server reads from the environment by itself, which this server must not
 * run with: CALLBACK_URL posts room contents to that address; YPERSISTENCE opens a second
 * LevelDB of its own.
 */
const FOREIGN_SETTINGS = ['CALLBACK_URL', 'CALLBACK_OBJECTS', 'YPERSISTENCE'];

export function readConfig(env: NodeJS.ProcessEnv, defaults: { staticDir: string | null }): CollabServerConfig {
  const secret = env.COLLAB_SECRET ?? '';
  if (secret.length < MIN_SECRET_LENGTH) throw new ConfigError(SECRET_HELP);
  const foreign = FOREIGN_SETTINGS.filter((k) => env[k]);
  if (foreign.length) {
    throw new ConfigError(
      `${foreign.join(', ')} ${foreign.length > 1 ? 'are' : 'is'} set. @y/websocket-server would act on ${foreign.length > 1 ? 'them' : 'it'} ` +
        '(CALLBACK_URL sends every room\'s content to that address; YPERSISTENCE opens a second database). Unset it; rooms are stored in COLLAB_DATA_DIR.',
    );
  }
  const port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, not "${env.PORT}".`);
  const mb = env.COLLAB_MAX_MESSAGE_MB ? Number(env.COLLAB_MAX_MESSAGE_MB) : DEFAULT_MAX_MESSAGE_MB;
  if (!(mb > 0 && mb <= 1024)) throw new ConfigError(`COLLAB_MAX_MESSAGE_MB must be between 1 and 1024, not "${env.COLLAB_MAX_MESSAGE_MB}".`);
  return {
    host: env.HOST || DEFAULT_HOST,
    port,
    dataDir: resolve(env.COLLAB_DATA_DIR || 'collab-data'),
    secret,
    maxMessageBytes: Math.round(mb * 1024 * 1024),
    staticDir: env.COLLAB_STATIC_DIR === '' ? null : env.COLLAB_STATIC_DIR ? resolve(env.COLLAB_STATIC_DIR) : defaults.staticDir,
  };
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
