import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { OutboxMessageSummary } from '@/api/types';
import { TableRegion } from '@/components/ui/table-region';
import { paths } from '@/config/paths';
import { MailStatusBadge } from '@/features/admin/components/mail-status-badge';
import { formatDateTime } from '@/lib/format';

interface MailTableProps {
  mails: readonly OutboxMessageSummary[];
  caption: string;
  /** Search of the list page, kept in the detail's back link. */
  listSearch: string;
}

export function MailTable({ mails, caption, listSearch }: MailTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <TableRegion label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.mails.columns.subject')}</th>
            <th scope="col">{t('admin.mails.columns.recipient')}</th>
            <th scope="col">{t('admin.mails.columns.status')}</th>
            <th scope="col">{t('admin.mails.columns.createdAt')}</th>
            <th scope="col">{t('admin.mails.columns.attempts')}</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => (
            <tr key={mail.id}>
              <th scope="row">
                <Link to={paths.adminMail(mail.id)} state={{ listSearch }}>
                  {mail.subject}
                </Link>
                <span className="hint data-table__sub">{mail.template}</span>
              </th>
              <td className="data-table__break">{mail.recipient}</td>
              <td>
                <MailStatusBadge status={mail.status} />
                {mail.lastError ? (
                  <span className="data-table__sub data-table__error">{mail.lastError}</span>
                ) : null}
              </td>
              <td className="data-table__nowrap">
                {formatDateTime(mail.createdAt, i18n.language)}
              </td>
              <td>{mail.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
