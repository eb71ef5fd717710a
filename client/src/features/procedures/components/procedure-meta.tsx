import { useTranslation } from 'react-i18next';

import type { ProcedureStatus } from '@/api/types';

export function StatusBadge({ status }: { status: ProcedureStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`procedure.status.${status}`)}</span>;
}
