import { lazy, Suspense } from 'react';
import { EditorPage } from './EditorPage';
import { parseRoute, usePathname } from './router';

// The journey list (with import, backup, trash and the example gallery) is its own chunk: a
// journey opened by its address does not wait for it.
const JourneyListPage = lazy(() => import('./JourneyListPage').then((m) => ({ default: m.JourneyListPage })));

export function App() {
  const route = parseRoute(usePathname());
  return route.name === 'journey' ? (
    <EditorPage key={route.id} journeyId={route.id} />
  ) : (
    <Suspense fallback={null}>
      <JourneyListPage />
    </Suspense>
  );
}
