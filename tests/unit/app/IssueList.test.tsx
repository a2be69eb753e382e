/**
 * The list of a bad file's problems (journey import, backup restore) reads in the UI language:
 * Chinese in the Chinese UI, English after a switch, the paths as the format names them.
 */
import { act, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/app/reliability/IssueList';
import { en } from '../../../src/i18n/en';
import { zhCN } from '../../../src/i18n/zh-CN';
import { parseJourneyFile, serialiseJourney } from '../../../src/io/format';
import { capIssues } from '../../../src/io/issues';
import { sampleJourney } from '../io/sampleJourney';

async function i18nIn(lng: string) {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng,
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

function badFileIssues() {
  const raw = JSON.parse(serialiseJourney(sampleJourney()));
  raw.touchpoints[3].risk.likelihood = 9;
  raw.touchpoints[0].complaints[0].period = '2026-13';
  raw.journey.sector = 'bnk';
  const r = parseJourneyFile(JSON.stringify(raw));
  if (r.ok) throw new Error('the file must be refused');
  return r.errors;
}

describe('IssueList', () => {
  it('shows each problem in Chinese in the Chinese UI, and in English after a switch', async () => {
    const i18n = await i18nIn('zh-CN');
    const issues = [...badFileIssues(), { path: '', message: { zh: '文件为空', en: 'the file is empty' } }];
    render(
      <I18nextProvider i18n={i18n}>
        <IssueList issues={issues} />
      </I18nextProvider>,
    );
    const rows = () => within(screen.getByTestId('issue-list')).getAllByRole('listitem').map((li) => li.textContent);
    expect(rows()).toEqual([
      'journey.sector 应为 "bank"、"insurance" 或 "both"，实际为 "bnk"',
      'touchpoints[0].complaints[0].period 期间应为 YYYY-MM 或 YYYY-Qn，实际为 "2026-13"',
      'touchpoints[3].risk.likelihood 应为 1–5 的整数，实际为 9',
      '（整个文件） 文件为空',
    ]);

    await act(() => i18n.changeLanguage('en'));
    expect(rows()).toEqual([
      'journey.sector expected "bank", "insurance" or "both", got "bnk"',
      'touchpoints[0].complaints[0].period expected a period YYYY-MM or YYYY-Qn, got "2026-13"',
      'touchpoints[3].risk.likelihood expected 1–5, got 9',
      '(whole file) the file is empty',
    ]);
  });

  it('ends a long list with how many more problems there are, without a place in the file', async () => {
    const i18n = await i18nIn('zh-CN');
    const one = badFileIssues()[0];
    render(
      <I18nextProvider i18n={i18n}>
        <IssueList issues={capIssues(Array.from({ length: 53 }, () => one), 50)} />
      </I18nextProvider>,
    );
    const rows = within(screen.getByTestId('issue-list')).getAllByRole('listitem');
    expect(rows).toHaveLength(51);
    expect(rows[50].textContent).toBe('……另有 3 处问题');
  });
});
