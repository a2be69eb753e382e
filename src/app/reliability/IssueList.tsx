/** Problems found in a file, each with where it is (`touchpoints[3].risk.likelihood`). */
import { useTranslation } from 'react-i18next';
import type { FileIssue } from '../../io/format';

export function IssueList({ issues }: { issues: readonly FileIssue[] }) {
  const { t } = useTranslation();
  return (
    <ul className="issue-list" data-testid="issue-list">
      {issues.map((issue, i) => (
        <li key={i}>
          <code className="issue-path">{issue.path || t('listImport.wholeFile')}</code> <span>{issue.message}</span>
        </li>
      ))}
    </ul>
  );
}
