/** Arguments of the `collab-token` command (a separate module so tests can import it without running it). */
import { isRoomName } from '../domain/collab';

export const TOKEN_USAGE = `Usage: npm run collab-token -- <journey-id> [--hours 8] [--base https://touchmap.example.bank]

Prints a join link for the journey's live session. Needs COLLAB_SECRET (the server's).
  --hours  how long the link works (default 8, at most 720)
  --base   the address people open (default COLLAB_PUBLIC_URL, else http://HOST:PORT)`;

export interface TokenArgs {
  room: string;
  hours: number;
  base?: string;
  help: boolean;
}

export function parseTokenArgs(argv: readonly string[]): TokenArgs {
  const out: TokenArgs = { room: '', hours: 8, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--hours') out.hours = Number(value());
    else if (a.startsWith('--hours=')) out.hours = Number(a.slice(8));
    else if (a === '--base') out.base = value();
    else if (a.startsWith('--base=')) out.base = a.slice(7);
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else if (!out.room) out.room = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (out.help) return out;
  if (!out.room) throw new Error('which journey? Give its id (shown in the Live session dialog).');
  if (!isRoomName(out.room)) throw new Error(`"${out.room}" is not a journey id`);
  if (!(out.hours > 0 && out.hours <= 720)) throw new Error('--hours must be more than 0 and at most 720');
  if (out.base !== undefined && !/^https?:\/\/[^/\s]+/i.test(out.base)) throw new Error('--base must start with http:// or https://');
  return out;
}
