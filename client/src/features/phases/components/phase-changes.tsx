import { useTranslation } from 'react-i18next';

import type { Phase, PhaseChange } from '@/api/types';
import { CONTENT_LANGUAGE } from '@/config/site';
import { berlinDateTimeParts, formatIsoDate } from '@/features/phases/utils/dates';

function ChangeText({ change }: { change: PhaseChange }) {
  const { t, i18n } = useTranslation();
  const { date, time } = berlinDateTimeParts(change.at, i18n.language);
  const newEnd = change.newEndDate ? formatIsoDate(change.newEndDate, i18n.language) : '';
  const previousEnd = change.previousEndDate
    ? formatIsoDate(change.previousEndDate, i18n.language)
    : '';
  switch (change.action) {
    case 'phase.extended':
      return <>{t('phases.changes.extended', { date, time, newEnd, previousEnd })}</>;
    case 'phase.opened':
      return <>{t('phases.changes.opened', { date, time })}</>;
    case 'phase.closed':
      return <>{t('phases.changes.closed', { date, time })}</>;
  }
}

/** Openings, extensions and closings of a phase with their reasons (shown publicly). */
export function PhaseChanges({
  phase,
  headingLevel,
}: {
  phase: Pick<Phase, 'id' | 'changes'>;
  headingLevel: 4 | 5;
}) {
  const { t } = useTranslation();
  if (phase.changes.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  const headingId = `phase-${phase.id}-changes`;
  return (
    <div className="phase-changes">
      <Heading id={headingId} className="phase-changes__heading">
        {t('phases.changes.heading')}
      </Heading>
      <ul aria-labelledby={headingId} className="phase-changes__list">
        {(phase.changes as PhaseChange[]).map((change) => (
          <li key={`${change.at}-${change.action}`}>
            <ChangeText change={change} />
            {change.reason ? (
              <>
                {' '}
                {t('phases.changes.reason')} <span lang={CONTENT_LANGUAGE}>{change.reason}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
