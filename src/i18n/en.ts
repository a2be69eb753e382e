/**
 * English UI strings, assembled from one file per feature in ./features (so features can be
 * worked on side by side). Each feature file exports `en` and a `zh` typed to the same keys;
 * a unit test also compares the assembled tables.
 */
import * as annotations from './features/annotations.en';
import * as core from './features/core.en';
import * as reliability from './features/reliability.en';
import * as gaps from './features/gaps.en';
import * as io from './features/io.en';
import * as collab from './features/collab.en';
import * as onboarding from './features/onboarding.en';
import type { Widen } from './widen';

export const en = {
  ...core.en,
  ...reliability.en,
  ...annotations.en,
  ...gaps.en,
  ...io.en,
  ...collab.en,
  ...onboarding.en,
};

export type Resources = Widen<typeof en>;
