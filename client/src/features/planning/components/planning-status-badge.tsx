import { useTranslation } from 'react-i18next';

import type { PlanningStatus } from '@/api/types';
import '@/features/planning/planning.css';

/** Entwurf / Veröffentlicht / Archiviert, as planners name them. */
export function PlanningStatusBadge({ status }: { status: PlanningStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`planner.status.${status}`)}</span>;
}
