/** What the composition root hands down: one database per app (a fresh one per test). */
import { createContext, useContext } from 'react';
import type { TouchmapDatabase } from '../db/database';

export interface AppServices {
  db: TouchmapDatabase;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices outside the app');
  return s;
}
