import { EditorPage } from './EditorPage';
import { JourneyListPage } from './JourneyListPage';
import { parseRoute, usePathname } from './router';

export function App() {
  const route = parseRoute(usePathname());
  return route.name === 'journey' ? <EditorPage key={route.id} journeyId={route.id} /> : <JourneyListPage />;
}
