/** Derived views of the document, memoised on the identity of what they read. */
import { computeLayout, type GridLayout } from '../domain/layout';
import { sortLanes } from '../domain/order';
import type { Channel, Stage, Touchpoint } from '../domain/schema';
import type { DocumentView } from './documentView';

function memoOne<A extends object, R>(fn: (a: A) => R): (a: A) => R {
  let lastArg: A | undefined;
  let last: R;
  return (a) => {
    if (a !== lastArg) {
      lastArg = a;
      last = fn(a);
    }
    return last;
  };
}

export const sortedStages = memoOne((stages: Readonly<Record<string, Stage>>) => sortLanes(Object.values(stages)));
export const sortedChannels = memoOne((channels: Readonly<Record<string, Channel>>) => sortLanes(Object.values(channels)));

let layoutKey: [unknown, unknown, unknown] | null = null;
let layoutValue: GridLayout;
export function selectLayout(view: Pick<DocumentView, 'stages' | 'channels' | 'touchpoints'>): GridLayout {
  if (!layoutKey || layoutKey[0] !== view.stages || layoutKey[1] !== view.channels || layoutKey[2] !== view.touchpoints) {
    layoutKey = [view.stages, view.channels, view.touchpoints];
    layoutValue = computeLayout(sortedStages(view.stages), sortedChannels(view.channels), Object.values(view.touchpoints) as Touchpoint[]);
  }
  return layoutValue;
}
