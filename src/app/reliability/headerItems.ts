/** The editor header's reliability items, loaded on demand: version history, storage and backup. */
import { lazy } from 'react';
import type { HeaderItem } from '../editorRegistry';

export const RELIABILITY_HEADER_ITEMS: HeaderItem[] = [
  { id: 'history', Component: lazy(() => import('./HistoryButton').then((m) => ({ default: m.HistoryButton }))) },
  { id: 'storage', Component: lazy(() => import('./StorageButton').then((m) => ({ default: m.StorageButton }))) },
];
