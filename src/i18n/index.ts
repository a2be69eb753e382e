/**
 * i18next set-up. The language follows the browser at first start; the user's choice is
 * remembered in localStorage. Domain texts (catalogue, kinds, rights) are bilingual in the
 * domain and picked with `domainLang`.
 */
import i18next, { type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Resources } from './en';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'touchmap.language';

export function detectLanguage(stored: string | null, browser: readonly string[]): Language {
  if (stored === 'zh-CN' || stored === 'en') return stored;
  for (const l of browser) {
    if (/^zh\b/i.test(l)) return 'zh-CN';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'zh-CN';
}

/**
 * Each language's strings are their own chunk, loaded when that language is used: the editor
 * starts with one table, not both (docs/performance.md, "Initial JS"). Switching language
 * loads the other table first, then re-renders.
 */
const TABLES: Record<Language, () => Promise<Resources>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  en: () => import('./en').then((m) => m.en),
};

export function loadStrings(language: string): Promise<Resources> {
  const load = TABLES[language as Language];
  return load ? load() : Promise.reject(new Error(`no strings for language ${language}`));
}

/** Ready (its language's strings loaded) when the promise resolves; render after that. */
export async function initI18n(): Promise<i18n> {
  const stored = safeStorage()?.getItem(STORAGE_KEY) ?? null;
  const browser = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  const lng = detectLanguage(stored, browser);
  const instance = i18next.createInstance();
  await instance
    .use(resourcesToBackend((language: string) => loadStrings(language)))
    .use(initReactI18next)
    .init({
      lng,
      // Every key exists in both tables (a unit test compares them): no fallback table to load.
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  setDocumentLang(lng);
  // Remembered when chosen, not when its strings have arrived: a reload right after the choice
  // must keep it.
  instance.on('languageChanging', (l) => {
    if (l) safeStorage()?.setItem(STORAGE_KEY, l);
  });
  instance.on('languageChanged', setDocumentLang);
  return instance;
}

/** 'zh' or 'en': the key of bilingual domain texts for the current UI language. */
export function domainLang(language: string): 'zh' | 'en' {
  return language.startsWith('zh') ? 'zh' : 'en';
}

function setDocumentLang(l: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = l;
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null;
  }
}
