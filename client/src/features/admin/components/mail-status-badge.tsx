import { useTranslation } from 'react-i18next';

import type { OutboxStatus } from '@/api/types';

export function MailStatusBadge({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--mail-${status}`}>{t(`admin.mails.status.${status}`)}</span>;
}
