/** Problems found in a file, each with where it is (`touchpoints[3].risk.likelihood`), in the UI's language. */
import { useTranslation } from 'react-i18next';
import { domainLang } from '../../i18n';
import type { FileIssue } from '../../io/format';

export function IssueList({ issues }: { issues: readonly FileIssue[] }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  return (
    <ul className="issue-list" data-testid="issue-list">
      {issues.map((issue, i) =>
        issue.more ? (
          // "…and 12 more problems" is not a problem of the whole file: no place label.
          <li key={i} className="issue-more">
            {issue.message[lang]}
          </li>
        ) : (
          <li key={i}>
            <code className="issue-path">{issue.path || t('listImport.wholeFile')}</code> <span>{issue.message[lang]}</span>
          </li>
        ),
      )}
    </ul>
  );
}
