import { useTranslation } from 'react-i18next';

import type { Phase } from '@/api/types';
import { useServerNow } from '@/features/phases/hooks/use-server-now';
import { remainingTime } from '@/features/phases/utils/countdown';
import { berlinDateTimeParts } from '@/features/phases/utils/dates';

interface PhaseCountdownProps {
  phase: Pick<Phase, 'closesAt' | 'serverTime'>;
  /** Browser time when the answer with `phase` arrived (TanStack Query's dataUpdatedAt). */
  receivedAt: number;
  className?: string;
}

/**
 * "Noch 12 Tage, bis 04.03.2025, 23:59 Uhr": time left in an open phase, counted on the
 * server's clock (closesAt − serverTime at load), so the browser's clock cannot change it.
 */
export function PhaseCountdown({ phase, receivedAt, className }: PhaseCountdownProps) {
  const { t, i18n } = useTranslation();
  const serverNow = useServerNow(phase.serverTime, receivedAt);
  const remaining = remainingTime(phase.closesAt, serverNow);
  const { date, time } = berlinDateTimeParts(phase.closesAt, i18n.language);

  return (
    <p className={['countdown', className].filter(Boolean).join(' ')}>
      {remaining
        ? t(`phases.countdown.${remaining.unit}`, { count: remaining.count, date, time })
        : t('phases.countdown.ended', { date, time })}
    </p>
  );
}
