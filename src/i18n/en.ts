/**
 * English UI strings, assembled from one file per feature in ./features (so features can be
 * worked on side by side). Each feature file exports `en` and a `zh` typed to the same keys;
 * a unit test also compares the assembled tables.
 */
import * as annotations from './features/annotations';
import * as core from './features/core';
import * as reliability from './features/reliability';
import * as gaps from './features/gaps';
import * as io from './features/io';
import * as collab from './features/collab';
import * as onboarding from './features/onboarding';
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
