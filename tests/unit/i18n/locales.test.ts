import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { zhCN } from '../../../src/i18n/zh-CN';
import { detectLanguage, initI18n } from '../../../src/i18n';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('locales', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
  });
  it('no string is left empty', () => {
    for (const [name, res] of [['en', en], ['zh-CN', zhCN]] as const) {
      const empty = keys(res).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], res) === '');
      expect(empty, name).toEqual([]);
    }
  });
  it('follows the browser at first start and the stored choice after', () => {
    expect(detectLanguage(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(detectLanguage(null, ['zh-TW'])).toBe('zh-CN');
    expect(detectLanguage('en', ['zh-CN'])).toBe('en');
    expect(detectLanguage(null, ['fr-FR'])).toBe('zh-CN');
  });
  it('starts with one language’s strings and loads the other when the user switches', async () => {
    const i18n = await initI18n(); // no stored choice, no browser languages here: zh-CN
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('list.title')).toBe(zhCN.list.title);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    await i18n.changeLanguage('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.t('list.title')).toBe('Journeys');
  });
});
