import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Phase } from '@/api/types';
import { PhaseActions } from '@/features/phases/components/phase-actions';
import { PhaseForm } from '@/features/phases/components/phase-form';
import { PhaseTimeline } from '@/features/phases/components/phase-timeline';
import { useFocusOnMount } from '@/hooks/use-focus-on-mount';

type FormState = { mode: 'new' } | { mode: 'edit'; phase: Phase } | null;

interface PlannerPhasesProps {
  procedureId: string;
  phases: readonly Phase[];
  /** Browser time when the answer with the phases arrived (for the countdown). */
  receivedAt: number;
  /** The procedure is not published yet: residents see none of its phases. */
  procedureIsDraft?: boolean;
}

/** The planner's view of a procedure's phases: timeline with actions, and the phase form. */
export function PlannerPhases({
  procedureId,
  phases,
  receivedAt,
  procedureIsDraft = false,
}: PlannerPhasesProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FormState>(null);
  const [message, setMessage] = useState('');
  /** After the form closes, the focus goes back to the button that opened it. */
  const returnFocusRef = useRef(false);
  const focusToggle = (button: HTMLButtonElement | null) => {
    if (button && returnFocusRef.current) {
      returnFocusRef.current = false;
      button.focus();
    }
  };

  const closeForm = (done?: string) => {
    returnFocusRef.current = true;
    setForm(null);
    if (done) setMessage(done);
  };

  return (
    <section aria-labelledby="planner-phases-heading" className="planner-section">
      <h2 id="planner-phases-heading">{t('phases.planner.heading')}</h2>
      <p className="hint">{t('phases.planner.intro')}</p>
      {procedureIsDraft && phases.some((phase) => phase.state !== 'closed') ? (
        <p className="notice notice--warning">{t('phases.planner.draftWarning')}</p>
      ) : null}
      <div role="status" className="live-message">
        {message ? <p className="notice notice--success">{message}</p> : null}
      </div>
      {phases.length === 0 ? (
        <p>{t('phases.planner.empty')}</p>
      ) : (
        <PhaseTimeline
          phases={phases}
          receivedAt={receivedAt}
          showModeration
          renderActions={(phase) => (
            <PhaseActions
              phase={phase}
              procedureIsDraft={procedureIsDraft}
              onDone={setMessage}
              onEdit={(editing) => {
                setMessage('');
                setForm({ mode: 'edit', phase: editing });
              }}
            />
          )}
        />
      )}
      {form ? (
        <PhaseFormPanel
          key={form.mode === 'edit' ? form.phase.id : 'new'}
          procedureId={procedureId}
          phase={form.mode === 'edit' ? form.phase : undefined}
          onSaved={(saved) =>
            closeForm(
              t(form.mode === 'edit' ? 'phases.planner.updated' : 'phases.planner.created', {
                name: saved.title || t(`phases.kind.${saved.kind}`),
              }),
            )
          }
          onCancel={() => closeForm()}
        />
      ) : (
        <button
          ref={focusToggle}
          type="button"
          className="button"
          onClick={() => {
            setMessage('');
            setForm({ mode: 'new' });
          }}
        >
          {t('phases.planner.new')}
        </button>
      )}
    </section>
  );
}

interface PhaseFormPanelProps {
  procedureId: string;
  phase?: Phase;
  onSaved: (phase: Phase) => void;
  onCancel: () => void;
}

function PhaseFormPanel({ procedureId, phase, onSaved, onCancel }: PhaseFormPanelProps) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="panel phase-form-panel">
      <h3 id="phase-form-heading" ref={headingRef} tabIndex={-1} className="panel__title">
        {phase
          ? t('phases.form.editHeading', { name: phase.title || t(`phases.kind.${phase.kind}`) })
          : t('phases.form.newHeading')}
      </h3>
      <PhaseForm
        procedureId={procedureId}
        phase={phase}
        labelledBy="phase-form-heading"
        onSaved={onSaved}
        onCancel={onCancel}
      />
    </div>
  );
}
