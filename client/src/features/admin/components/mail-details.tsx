import { useTranslation } from 'react-i18next';

import type { OutboxMessage } from '@/api/types';
import { MailStatusBadge } from '@/features/admin/components/mail-status-badge';
import { formatDateTime } from '@/lib/format';

/** One outgoing mail: its envelope, state and text. The HTML part is shown as source, never rendered. */
export function MailDetails({ mail }: { mail: OutboxMessage }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="mail-details" aria-labelledby="mail-subject">
      <h2 id="mail-subject">{mail.subject}</h2>
      <dl className="facts facts--inline">
        <div>
          <dt>{t('admin.mails.columns.recipient')}</dt>
          <dd>{mail.recipient}</dd>
        </div>
        <div>
          <dt>{t('admin.mails.columns.status')}</dt>
          <dd>
            <MailStatusBadge status={mail.status} />
          </dd>
        </div>
        <div>
          <dt>{t('admin.mails.columns.template')}</dt>
          <dd>{mail.template}</dd>
        </div>
        <div>
          <dt>{t('admin.mails.columns.createdAt')}</dt>
          <dd>{formatDateTime(mail.createdAt, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('admin.mails.columns.sentAt')}</dt>
          <dd>{mail.sentAt ? formatDateTime(mail.sentAt, i18n.language) : '–'}</dd>
        </div>
        <div>
          <dt>{t('admin.mails.columns.attempts')}</dt>
          <dd>{mail.attempts}</dd>
        </div>
        {mail.lastError ? (
          <div>
            <dt>{t('admin.mails.columns.lastError')}</dt>
            <dd className="data-table__error">{mail.lastError}</dd>
          </div>
        ) : null}
      </dl>

      <h3>{t('admin.mails.textHeading')}</h3>
      {/* The mail's own language(s): the account mails are German with English below. */}
      <pre className="mail-body" lang="de">
        {mail.bodyText}
      </pre>

      {mail.bodyHtml ? (
        <details className="mail-html">
          <summary>{t('admin.mails.htmlSummary')}</summary>
          <pre className="mail-body">{mail.bodyHtml}</pre>
        </details>
      ) : null}
    </article>
  );
}
