/**
 * `npm run collab-token -- <journey-id> [--hours 8] [--base http://host:port]`: prints a join
 * link for one journey's room. The token sits in the link's fragment (#…), which browsers never
 * send, so it stays out of server and proxy logs. Needs the server's COLLAB_SECRET.
 */
import { joinLink } from '../domain/collab';
import { DEFAULT_HOST, DEFAULT_PORT, SECRET_HELP } from './config';
import { parseTokenArgs, TOKEN_USAGE } from './tokenArgs';
import { MIN_SECRET_LENGTH, signRoomToken } from './token';

function main(argv: string[], env: NodeJS.ProcessEnv, now: number): number {
  let args;
  try {
    args = parseTokenArgs(argv);
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : err}\n\n${TOKEN_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(TOKEN_USAGE);
    return 0;
  }
  const secret = env.COLLAB_SECRET ?? '';
  if (secret.length < MIN_SECRET_LENGTH) {
    console.error(SECRET_HELP);
    return 2;
  }
  const base = args.base ?? env.COLLAB_PUBLIC_URL ?? `http://${env.HOST || DEFAULT_HOST}:${env.PORT || DEFAULT_PORT}`;
  const expires = now + args.hours * 3_600_000;
  const token = signRoomToken(secret, args.room, expires);
  console.log(joinLink(base, { room: args.room, token }));
  console.error(`Valid until ${new Date(expires).toISOString()} for journey ${args.room}. Anyone with this link can edit that journey until then.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2), process.env, Date.now());
