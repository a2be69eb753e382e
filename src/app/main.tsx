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

const i18n = initI18n();
const services = { db: openDatabase() };
if (BENCH_MODE) void import('./benchHook').then((m) => m.installBenchHook(services));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </I18nextProvider>
  </StrictMode>,
);
