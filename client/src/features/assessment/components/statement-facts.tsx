import { useTranslation } from 'react-i18next';

import type { WorkspaceStatement } from '@/api/types';
import { formatDateTime } from '@/lib/format';

/** Receipt, channel, phase, topic and the two states of a statement, as a description list. */
export function StatementFacts({
  item,
  meId,
  phaseTitle,
}: {
  item: WorkspaceStatement;
  meId: string;
  phaseTitle: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="assessment-facts">
      <dt>{t('assessment.columns.received')}</dt>
      <dd>
        {formatDateTime(item.receivedAt, i18n.language)}, {t(`assessment.channel.${item.channel}`)}
        {item.late ? ` (${t('assessment.late')})` : ''}
      </dd>
      <dt>{t('assessment.filters.phase')}</dt>
      <dd>{phaseTitle ?? '–'}</dd>
      <dt>{t('assessment.filters.topic')}</dt>
      <dd>{item.topic ?? t('assessment.noTopic')}</dd>
      <dt>{t('assessment.filters.processingStatus')}</dt>
      <dd>{t(`assessment.processing.${item.processingStatus}`)}</dd>
      <dt>{t('assessment.filters.publicationStatus')}</dt>
      <dd>{t(`assessment.publication.${item.publicationStatus}`)}</dd>
      <dt>{t('assessment.columns.submitter')}</dt>
      <dd>{t(`assessment.submitter.${item.submitterType}`)}</dd>
      <dt>{t('assessment.filters.assignee')}</dt>
      <dd>{assigneeLabel(item.assigneeId, meId, t)}</dd>
      {item.groupId ? (
        <>
          <dt>{t('assessment.columns.group')}</dt>
          <dd>{t('assessment.groups.signatories', { count: item.groupSize })}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function assigneeLabel(
  assigneeId: string | null,
  meId: string,
  t: (
    key: 'assessment.assignee.me' | 'assessment.assignee.other' | 'assessment.assignee.none',
  ) => string,
): string {
  if (!assigneeId) return t('assessment.assignee.none');
  return assigneeId === meId ? t('assessment.assignee.me') : t('assessment.assignee.other');
}
