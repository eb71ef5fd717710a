import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Phase } from '@/api/types';
import { CONTENT_LANGUAGE } from '@/config/site';
import { PhaseChanges } from '@/features/phases/components/phase-changes';
import { PhaseCountdown } from '@/features/phases/components/phase-countdown';
import { PhaseStateBadge } from '@/features/phases/components/phase-state-badge';
import { formatIsoDate } from '@/features/phases/utils/dates';

/** id of a phase's heading in the timeline (the focus goes there after an action). */
export const phaseHeadingId = (id: string) => `phase-${id}-heading`;

interface PhaseTimelineProps {
  phases: readonly Phase[];
  /** Browser time when the answer with the phases arrived (for the countdown). */
  receivedAt: number;
  /** Level of each phase's heading (2 + 1 where the list sits under an h2). */
  headingLevel?: 3 | 4;
  /** Planner view: extra facts (moderation) and buttons per phase. */
  renderActions?: (phase: Phase) => ReactNode;
  showModeration?: boolean;
}

/** The phases of a procedure in time order, each with its period, state and changes. */
export function PhaseTimeline({
  phases,
  receivedAt,
  headingLevel = 3,
  renderActions,
  showModeration = false,
}: PhaseTimelineProps) {
  const { t, i18n } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const language = i18n.language;

  return (
    <ol className="phase-timeline">
      {phases.map((phase) => (
        <li key={phase.id} className={`phase-timeline__item phase-timeline__item--${phase.state}`}>
          <div className="phase-timeline__head">
            <Heading id={phaseHeadingId(phase.id)} tabIndex={-1} className="phase-timeline__title">
              <span lang={phase.title ? CONTENT_LANGUAGE : undefined}>
                {phase.title || t(`phases.kind.${phase.kind}`)}
              </span>
              {phase.round ? ` (${t('phases.round', { round: phase.round })})` : null}
            </Heading>
            <PhaseStateBadge state={phase.state} />
          </div>
          <dl className="phase-facts">
            <div>
              <dt>{t('phases.fields.kind')}</dt>
              <dd>
                {t(`phases.kind.${phase.kind}`)}
                {t(`phases.law.${phase.kind}`) ? ` (${t(`phases.law.${phase.kind}`)})` : null}
              </dd>
            </div>
            <div>
              <dt>{t('phases.fields.period')}</dt>
              <dd>
                {t('phases.period', {
                  start: formatIsoDate(phase.startDate, language, 'long'),
                  end: formatIsoDate(phase.endDate, language, 'long'),
                })}
              </dd>
            </div>
            {phase.notice.publishedOn ? (
              <div>
                <dt>{t('phases.fields.noticePublishedOn')}</dt>
                <dd>{formatIsoDate(phase.notice.publishedOn, language, 'long')}</dd>
              </div>
            ) : null}
            {showModeration ? (
              <div>
                <dt>{t('phases.fields.moderationMode')}</dt>
                <dd>{t(`phases.moderation.${phase.moderationMode}`)}</dd>
              </div>
            ) : null}
          </dl>
          {phase.state === 'open' ? <PhaseCountdown phase={phase} receivedAt={receivedAt} /> : null}
          {phase.shorterThanMinimum && phase.legalMinimumEnd ? (
            <p className="phase-timeline__shortened">
              {t('phases.shortened', {
                date: formatIsoDate(phase.legalMinimumEnd, language, 'long'),
              })}{' '}
              {phase.shortenedReason ? (
                <>
                  {t('phases.changes.reason')}{' '}
                  <span lang={CONTENT_LANGUAGE}>{phase.shortenedReason}</span>
                </>
              ) : null}
            </p>
          ) : null}
          <PhaseChanges phase={phase} headingLevel={headingLevel === 3 ? 4 : 5} />
          {renderActions ? (
            <div className="phase-timeline__actions">{renderActions(phase)}</div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
