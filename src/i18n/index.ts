/**
 * i18next set-up. The language follows the browser at first start; the user's choice is
 * remembered in localStorage. Domain texts (catalogue, kinds, rights) are bilingual in the
 * domain and picked with `domainLang`.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

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

export function initI18n(): i18n {
  const stored = safeStorage()?.getItem(STORAGE_KEY) ?? null;
  const browser = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  const lng = detectLanguage(stored, browser);
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  setDocumentLang(lng);
  instance.on('languageChanged', (l) => {
    safeStorage()?.setItem(STORAGE_KEY, l);
    setDocumentLang(l);
  });
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
