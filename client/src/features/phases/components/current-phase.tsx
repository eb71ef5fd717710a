import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Phase } from '@/api/types';
import { CONTENT_LANGUAGE } from '@/config/site';
import { PhaseCountdown } from '@/features/phases/components/phase-countdown';
import { PhaseStateBadge } from '@/features/phases/components/phase-state-badge';
import { formatIsoDate } from '@/features/phases/utils/dates';

interface CurrentPhaseProps {
  /** The open phase, else the next upcoming, else the last closed one. */
  phase: Phase | null;
  receivedAt: number;
  /** E.g. the way to the statement form, shown while the phase is open. */
  children?: ReactNode;
}

/** The consultation at a glance, at the top of the procedure page: state and time left. */
export function CurrentPhase({ phase, receivedAt, children }: CurrentPhaseProps) {
  const { t, i18n } = useTranslation();
  if (!phase) return null;
  const title = phase.title || t(`phases.kind.${phase.kind}`);

  return (
    <section
      className={`current-phase current-phase--${phase.state}`}
      aria-labelledby="current-phase-heading"
    >
      <h2 id="current-phase-heading" className="current-phase__heading">
        {t(`phases.current.heading.${phase.state}`)}
      </h2>
      <p className="current-phase__title">
        <span lang={phase.title ? CONTENT_LANGUAGE : undefined}>{title}</span>{' '}
        <PhaseStateBadge state={phase.state} />
      </p>
      {phase.state === 'open' ? (
        <PhaseCountdown
          phase={phase}
          receivedAt={receivedAt}
          className="current-phase__countdown"
        />
      ) : (
        <p>
          {phase.state === 'upcoming'
            ? t('phases.current.upcoming', {
                start: formatIsoDate(phase.startDate, i18n.language, 'long'),
                end: formatIsoDate(phase.endDate, i18n.language, 'long'),
              })
            : t('phases.current.closed', {
                end: formatIsoDate(phase.endDate, i18n.language, 'long'),
              })}
        </p>
      )}
      {children}
    </section>
  );
}
