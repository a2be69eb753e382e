/**
 * English UI strings, assembled from one file per feature in ./features (so features can be
 * worked on side by side). Each feature file exports `en` and a `zh` typed to the same keys;
 * a unit test also compares the assembled tables.
 */
import * as core from './features/core';
import * as reliability from './features/reliability';
import type { Widen } from './widen';

export const en = {
  ...core.en,
  ...reliability.en,
};

export type Resources = Widen<typeof en>;
