import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { REJECTION_REASONS } from '@/config/moderation';
import { useModerationStats } from '@/features/moderation/api/get-stats';
import { formatDuration } from '@/features/moderation/utils/format';

const ACTIONS = ['approve', 'reject', 'redact', 'unpublish'] as const;

/** Pending count, median time to the first decision, decisions by action and by reason. */
export function ModerationStatsPanel() {
  const { t } = useTranslation();
  const stats = useModerationStats();
  const [open, setOpen] = useState(false);

  // Collapsed below the queue: the work comes first, the figures on request.
  return (
    <section aria-labelledby="moderation-stats-heading" className="moderation-stats">
      <h2 id="moderation-stats-heading" className="moderation-stats__heading">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls="moderation-stats-body"
          onClick={() => setOpen((value) => !value)}
        >
          {t('moderation.stats.heading')}
        </button>
      </h2>
      <div id="moderation-stats-body" hidden={!open}>
        {stats.isPending ? (
          <LoadingState label={t('moderation.stats.loading')} />
        ) : stats.isError ? (
          <ErrorState error={stats.error} onRetry={() => void stats.refetch()} level={3} />
        ) : (
          <>
            <dl className="moderation-stats__figures">
              <div>
                <dt>{t('moderation.stats.pending')}</dt>
                <dd>{stats.data.pending}</dd>
              </div>
              <div>
                <dt>{t('moderation.stats.reported')}</dt>
                <dd>{stats.data.reported}</dd>
              </div>
              <div>
                <dt>{t('moderation.stats.median')}</dt>
                <dd>
                  {stats.data.medianSecondsToDecision === null
                    ? t('moderation.stats.noDecisions')
                    : formatDuration(stats.data.medianSecondsToDecision, t)}
                </dd>
              </div>
            </dl>
            <div className="moderation-stats__tables">
              <table className="data-table moderation-stats__table">
                <caption>{t('moderation.stats.byAction')}</caption>
                <tbody>
                  {ACTIONS.map((action) => (
                    <tr key={action}>
                      <th scope="row">{t(`moderation.actions.${action}`)}</th>
                      <td>{stats.data.decisionsByAction[action] ?? 0}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table className="data-table moderation-stats__table">
                <caption>{t('moderation.stats.byReason')}</caption>
                <tbody>
                  {REJECTION_REASONS.map((reason) => (
                    <tr key={reason}>
                      <th scope="row">{t(`moderation.reasons.${reason}`)}</th>
                      <td>{stats.data.rejectionsByReason[reason] ?? 0}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
