/** Why joining a live session failed; light enough for the start-up path (joinStore, liveGate). */
import type { Refusal } from './transport';

export class LiveJoinError extends Error {
  constructor(readonly reason: Refusal | 'conflict' | 'empty' | 'unreachable' | 'closed' | 'foreign') {
    // The message is the i18n key of the explanation the editor shows.
    super(`collab.joinError.${reason}`);
  }
}
