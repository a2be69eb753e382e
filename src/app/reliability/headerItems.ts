/** The editor header's reliability items: version history (loaded on demand), storage and backup. */
import { lazy } from 'react';
import type { HeaderItem } from '../editorRegistry';
import { StorageButton } from './StorageButton';

export const RELIABILITY_HEADER_ITEMS: HeaderItem[] = [
  { id: 'history', Component: lazy(() => import('./HistoryButton').then((m) => ({ default: m.HistoryButton }))) },
  { id: 'storage', Component: StorageButton },
];
