import { useTranslation } from 'react-i18next';

import type { PhaseState } from '@/api/types';
import '@/features/phases/phases.css';

/** "Läuft" / "Demnächst" / "Beendet", by the server's clock. */
export function PhaseStateBadge({ state }: { state: PhaseState }) {
  const { t } = useTranslation();
  return <span className={`badge badge--phase-${state}`}>{t(`phases.state.${state}`)}</span>;
}
