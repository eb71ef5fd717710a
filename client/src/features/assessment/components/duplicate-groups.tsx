import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { StatementGroup } from '@/api/types';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { CONTENT_LANGUAGE } from '@/config/site';
import { ActionError } from '@/features/assessment/components/action-error';
import {
  useDetectGroups,
  useGroups,
  usePutGroupAssessment,
  useSetPublicNotice,
} from '@/features/assessment/api/groups';
import { useTemplates } from '@/features/assessment/api/templates';
import { ResultFields } from '@/features/assessment/components/result-fields';
import { PUBLIC_NOTICE_MIN_GROUP } from '@/features/assessment/constants';
import { useResultForm } from '@/features/assessment/hooks/use-result-form';

interface DuplicateGroupsProps {
  procedureId: string;
  onShowMembers: (groupId: string) => void;
  onSaved: (message: string) => void;
}

/** Groups of near-identical statements (mass submissions): one response serves a group. */
export function DuplicateGroups({ procedureId, onShowMembers, onSaved }: DuplicateGroupsProps) {
  const { t } = useTranslation();
  const groups = useGroups(procedureId);
  const detect = useDetectGroups(procedureId);

  return (
    <section aria-labelledby="assessment-groups-heading" className="assessment-section">
      <h2 id="assessment-groups-heading">{t('assessment.groups.heading')}</h2>
      <p>{t('assessment.groups.intro')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={detect.isPending}
          onClick={() =>
            detect.mutate(undefined, {
              onSuccess: (list) =>
                onSaved(t('assessment.groups.detected', { count: list.items.length })),
            })
          }
        >
          {detect.isPending ? t('assessment.groups.detecting') : t('assessment.groups.detect')}
        </button>
      </div>
      {detect.isError ? <ActionError error={detect.error} /> : null}
      {groups.isPending ? (
        <LoadingState label={t('assessment.groups.loading')} />
      ) : groups.isError ? (
        <ErrorState error={groups.error} onRetry={() => void groups.refetch()} level={3} />
      ) : groups.data.items.length === 0 ? (
        <EmptyState title={t('assessment.groups.empty')} />
      ) : (
        <ul className="assessment-groups" aria-label={t('assessment.groups.listLabel')}>
          {groups.data.items.map((group) => (
            <li key={group.id}>
              <GroupItem
                procedureId={procedureId}
                group={group}
                onShowMembers={onShowMembers}
                onSaved={onSaved}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function GroupItem({
  procedureId,
  group,
  onShowMembers,
  onSaved,
}: {
  procedureId: string;
  group: StatementGroup;
  onShowMembers: (groupId: string) => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const templates = useTemplates(procedureId);
  const answer = usePutGroupAssessment(procedureId);
  const notice = useSetPublicNotice(procedureId);
  const { values, setValues, errors, atField, chosenResult } = useResultForm(
    { result: '', response: '' },
    answer.error,
  );
  const headingId = `group-${group.id}`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = chosenResult();
    if (!result) return;
    answer.mutate(
      { groupId: group.id, input: { result, response: values.response } },
      {
        onSuccess: ({ updated }) =>
          onSaved(
            t('assessment.groups.answered', { count: updated, reference: group.leadReference }),
          ),
      },
    );
  };

  return (
    <article className="assessment-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('assessment.groups.itemHeading', { reference: group.leadReference, count: group.size })}
      </h3>
      <p className="assessment-group__meta">
        {t('assessment.groups.assessed', { assessed: group.assessed, count: group.size })}
      </p>
      <blockquote lang={CONTENT_LANGUAGE}>{group.excerpt}</blockquote>
      <button type="button" className="button button--link" onClick={() => onShowMembers(group.id)}>
        {t('assessment.groups.showMembers', { count: group.size })}
      </button>
      {group.size >= PUBLIC_NOTICE_MIN_GROUP ? (
        <div className="checkbox">
          <input
            id={`${headingId}-notice`}
            type="checkbox"
            checked={group.publicNotice}
            disabled={notice.isPending}
            onChange={(event) =>
              notice.mutate({ groupId: group.id, publicNotice: event.target.checked })
            }
          />
          <label htmlFor={`${headingId}-notice`}>{t('assessment.groups.publicNotice')}</label>
        </div>
      ) : null}
      {notice.isError ? <ActionError error={notice.error} /> : null}
      <form className="assessment-form" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
        <ResultFields
          id={`group-${group.id}`}
          values={values}
          onChange={setValues}
          templates={templates.data ?? []}
          errors={errors}
        />
        {answer.isError && !atField ? <ActionError error={answer.error} /> : null}
        <button type="submit" className="button" disabled={answer.isPending}>
          {t('assessment.groups.answer', { count: group.size })}
        </button>
      </form>
    </article>
  );
}
