import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { WorkspaceStatement } from '@/api/types';
import { CONTENT_LANGUAGE } from '@/config/site';
import { ActionError } from '@/features/assessment/components/action-error';
import { useAssign } from '@/features/assessment/api/assign';
import {
  assessmentConflict,
  usePutAssessment,
  type AssessmentConflict,
} from '@/features/assessment/api/put-assessment';
import { useTemplates } from '@/features/assessment/api/templates';
import { ResultFields } from '@/features/assessment/components/result-fields';
import { StatementFacts } from '@/features/assessment/components/statement-facts';
import { useResultForm } from '@/features/assessment/hooks/use-result-form';
import { useFocusOnMount } from '@/hooks/use-focus-on-mount';

interface AssessmentPanelProps {
  procedureId: string;
  item: WorkspaceStatement;
  /** The signed-in planner (for "assign to me"). */
  meId: string;
  phaseTitle: string | undefined;
  /** Announces a saved change in the workspace's live region. */
  onSaved: (message: string) => void;
  onClose: () => void;
}

/**
 * One statement: original (and redacted public) text, assignee, and the assessment form. The
 * version the planner started from goes with the save; a 409 shows what someone else saved
 * meanwhile and keeps the planner's text, so a second save overwrites knowingly.
 */
export function AssessmentPanel({
  procedureId,
  item,
  meId,
  phaseTitle,
  onSaved,
  onClose,
}: AssessmentPanelProps) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const templates = useTemplates(procedureId, item.topic ?? undefined);
  const save = usePutAssessment(procedureId);
  const assign = useAssign(procedureId);
  const { values, setValues, errors, atField, chosenResult } = useResultForm(
    { result: item.result ?? '', response: item.response },
    save.error,
  );
  const [version, setVersion] = useState(item.version);
  const [conflict, setConflict] = useState<AssessmentConflict | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = chosenResult();
    if (!result) return;
    save.mutate(
      {
        statementId: item.id,
        input: { result, response: values.response, expectedVersion: version },
      },
      {
        onSuccess: (saved) => {
          setConflict(null);
          setVersion(saved.version);
          onSaved(t('assessment.form.saved', { reference: item.reference }));
        },
        onError: (error) => {
          const current = assessmentConflict(error);
          if (current) {
            setConflict(current);
            setVersion(current.version);
          }
        },
      },
    );
  };

  const reference = item.reference;
  // "Assign to me" unless it is mine; "unassign" while someone has it.
  const assignActions = [
    ...(item.assigneeId === meId
      ? []
      : [
          {
            label: t('assessment.assign.toMe'),
            assigneeId: meId,
            done: t('assessment.assign.done', { reference }),
          },
        ]),
    ...(item.assigneeId
      ? [
          {
            label: t('assessment.assign.remove'),
            assigneeId: null,
            done: t('assessment.assign.removed', { reference }),
          },
        ]
      : []),
  ];
  const headingId = `assessment-panel-${item.id}`;

  return (
    <section className="assessment-panel" aria-labelledby={headingId}>
      <div className="assessment-panel__head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('assessment.panel.heading', { reference: item.reference })}
        </h2>
        <button type="button" className="button button--link" onClick={onClose}>
          {t('assessment.panel.close')}
        </button>
      </div>
      <StatementFacts item={item} meId={meId} phaseTitle={phaseTitle} />
      <h3>{t('assessment.panel.original')}</h3>
      <p className="assessment-panel__text" lang={CONTENT_LANGUAGE}>
        {item.text}
      </p>
      {item.publishedText !== null && item.publishedText !== item.text ? (
        <>
          <h3>{t('assessment.panel.published')}</h3>
          <p className="assessment-panel__text" lang={CONTENT_LANGUAGE}>
            {item.publishedText}
          </p>
        </>
      ) : null}

      <div className="actions">
        {assignActions.map((action) => (
          <button
            key={action.label}
            type="button"
            className="button button--secondary"
            disabled={assign.isPending}
            onClick={() =>
              assign.mutate(
                { statementIds: [item.id], assigneeId: action.assigneeId },
                { onSuccess: () => onSaved(action.done) },
              )
            }
          >
            {action.label}
          </button>
        ))}
      </div>
      {assign.isError ? <ActionError error={assign.error} /> : null}

      <form className="assessment-form" onSubmit={onSubmit} noValidate>
        <h3>{t('assessment.form.heading')}</h3>
        {conflict ? (
          <div className="notice notice--warning" role="alert">
            <p>{t('assessment.form.conflict')}</p>
            <p>
              {t('assessment.form.conflictCurrent', {
                result: conflict.result ? t(`assessment.result.${conflict.result}`) : '–',
              })}
            </p>
            {conflict.response ? (
              <blockquote lang={CONTENT_LANGUAGE}>{conflict.response}</blockquote>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setValues({ result: conflict.result ?? '', response: conflict.response });
                setConflict(null);
              }}
            >
              {t('assessment.form.takeTheirs')}
            </button>
          </div>
        ) : null}
        <ResultFields
          id={`assessment-${item.id}`}
          values={values}
          onChange={setValues}
          templates={templates.data ?? []}
          errors={errors}
        />
        {save.isError && !conflict && !atField ? <ActionError error={save.error} /> : null}
        <div className="actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('assessment.form.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
