import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import type { Procedure } from '@/api/types';
import { STATEMENT_FORM_ANCHOR } from '@/config/paths';
import { CONTENT_LANGUAGE } from '@/config/site';
import { PublicStatements } from '@/features/statements/components/public-statements';
import { StatementForm } from '@/features/statements/components/statement-form';
import type { StatementPhase } from '@/features/statements/types';
import { formatDay } from '@/features/statements/utils/format';

const FORM_REGION_ID = 'statement-form-region';

/** Open phase: when and how, and the form behind one button (the page stays readable). */
function OpenPhase({ procedure, phase }: { procedure: Procedure; phase: StatementPhase }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  // Opened by the button below or by a link to the form (at the top, in the procedure list).
  const asked = location.hash === `#${STATEMENT_FORM_ANCHOR}`;
  const [clicked, setOpen] = useState(false);
  const open = clicked || asked;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // After a link to the form: go there once the page has moved the focus to its main content.
  useEffect(() => {
    if (!asked) return;
    const frame = window.requestAnimationFrame(() => headingRef.current?.focus());
    return () => window.cancelAnimationFrame(frame);
  }, [asked, location.key]);

  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  return (
    <>
      <div className="panel phase-panel phase-panel--open">
        <p className="phase-panel__title">
          <span lang={CONTENT_LANGUAGE}>{phase.title}</span>
        </p>
        <p className="phase-panel__deadline">
          {t('statements.phase.openUntil', { date: formatDay(phase.endDate, i18n.language) })}
        </p>
        <p>{t(`statements.phase.moderation.${phase.moderationMode}`)}</p>
        {open ? null : (
          <button
            type="button"
            className="button button--large"
            aria-expanded={false}
            aria-controls={FORM_REGION_ID}
            onClick={() => setOpen(true)}
          >
            {t('statements.phase.write')}
          </button>
        )}
      </div>
      <div id={FORM_REGION_ID} hidden={!open}>
        {open ? (
          <StatementForm procedure={procedure} phase={phase} headingRef={headingRef} />
        ) : null}
      </div>
    </>
  );
}

function PhaseNote({ phase }: { phase: StatementPhase | null }) {
  const { t, i18n } = useTranslation();
  if (!phase) return <p className="notice">{t('statements.phase.none')}</p>;
  const title = phase.title;
  const start = formatDay(phase.startDate, i18n.language);
  const end = formatDay(phase.endDate, i18n.language);
  switch (phase.state) {
    case 'upcoming':
      return (
        <div className="notice">
          <p className="notice__title">{t('statements.phase.upcomingTitle', { date: start })}</p>
          <p>{t('statements.phase.upcomingText', { title, start, end })}</p>
        </div>
      );
    case 'closed':
      return (
        <div className="notice">
          <p className="notice__title">{t('statements.phase.closedTitle', { date: end })}</p>
          <p>{t('statements.phase.closedText', { title })}</p>
          <p>{t('statements.phase.closedPost')}</p>
        </div>
      );
    case 'open':
      return null;
  }
}

/**
 * The procedure page's statements part: taking part (the form while a phase is open, else
 * when it opens or that it has closed) and the published statements.
 */
export function ProcedureStatements({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation();
  const phase = procedure.currentPhase;

  return (
    <div className="procedure-statements">
      <section aria-labelledby="participate-heading" className="participate">
        <h2 id="participate-heading">{t('statements.phase.heading')}</h2>
        {phase?.state === 'open' ? (
          <OpenPhase procedure={procedure} phase={phase} />
        ) : (
          <PhaseNote phase={phase} />
        )}
      </section>
      <PublicStatements procedure={procedure} />
    </div>
  );
}
