import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { openDatabase } from '../db/database';
import { initI18n } from '../i18n';
import { App } from './App';
import { BENCH_MODE } from './benchMode';
import { ServicesContext } from './services';

const services = { db: openDatabase() };
if (BENCH_MODE) void import('./benchHook').then((m) => m.installBenchHook(services));

// The database opens while the language's strings load; the first render waits for the strings.
// (A promise, not a top-level await: with one, the bundler splits every module a lazy chunk
// shares with the entry into chunks of its own, and the start-up JavaScript grows.)
void initI18n().then((i18n) => render(i18n));

function render(i18n: Awaited<ReturnType<typeof initI18n>>) {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesContext.Provider value={services}>
          <App />
        </ServicesContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}
