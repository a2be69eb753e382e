/** A tiny history router: `/` is the journey list, `/j/<id>` an open journey. */
import { useSyncExternalStore } from 'react';

export type Route = { name: 'list' } | { name: 'journey'; id: string };

export function parseRoute(pathname: string): Route {
  const m = /^\/j\/([^/]+)\/?$/.exec(pathname);
  return m ? { name: 'journey', id: decodeURIComponent(m[1]) } : { name: 'list' };
}

export function journeyPath(id: string): string {
  return `/j/${encodeURIComponent(id)}`;
}

const listeners = new Set<() => void>();
function subscribe(l: () => void) {
  listeners.add(l);
  window.addEventListener('popstate', l);
  return () => {
    listeners.delete(l);
    window.removeEventListener('popstate', l);
  };
}

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((l) => l());
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}
