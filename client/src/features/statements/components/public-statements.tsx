import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Procedure } from '@/api/types';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { CONTENT_LANGUAGE } from '@/config/site';
import { usePublicStatements } from '@/features/statements/api/get-public-statements';
import { StatementsList } from '@/features/statements/components/statements-list';
import { StatementsMap } from '@/features/statements/components/statements-map';
import { VIEWS } from '@/features/statements/constants';
import { useStatementsView } from '@/features/statements/hooks/use-statements-view';

const HEADING_ID = 'public-statements-heading';

/**
 * What others have written, as far as it is published (never with names): a map and a list
 * with the same topic filter; the choice is kept in the URL. Phases that publish nothing
 * (the default for formal phases) say so instead.
 */
export function PublicStatements({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation();
  const publishing = procedure.phases.some((phase) => phase.moderationMode !== 'none');
  const { view, topic, searchFor, setTopic } = useStatementsView(procedure.topics);
  const list = usePublicStatements(procedure.id, topic);

  if (!publishing) {
    return (
      <section aria-labelledby={HEADING_ID} className="public-statements">
        <h2 id={HEADING_ID}>{t('statements.public.heading')}</h2>
        <p className="notice">{t('statements.public.notPublished')}</p>
      </section>
    );
  }

  const empty = list.isSuccess && (list.data.pages[0]?.items.length ?? 0) === 0;

  return (
    <section aria-labelledby={HEADING_ID} className="public-statements">
      <h2 id={HEADING_ID}>{t('statements.public.heading')}</h2>
      <p>{t('statements.public.intro')}</p>

      <div className="statements-toolbar">
        <div className="view-switch" role="group" aria-label={t('statements.public.viewLabel')}>
          {VIEWS.map((option) => (
            <Link
              key={option}
              to={{ search: searchFor(option) }}
              replace
              preventScrollReset
              className="view-switch__option"
              aria-current={view === option ? 'true' : undefined}
            >
              {t(`statements.public.views.${option}`)}
            </Link>
          ))}
        </div>
        {procedure.topics.length > 0 ? (
          <div className="field statements-toolbar__topic">
            <label htmlFor="statements-topic">{t('statements.public.topic')}</label>
            <select
              id="statements-topic"
              value={topic ?? ''}
              onChange={(event) => setTopic(event.target.value || undefined)}
            >
              <option value="">{t('statements.public.allTopics')}</option>
              {procedure.topics.map((option) => (
                <option key={option} value={option} lang={CONTENT_LANGUAGE}>
                  {option}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>

      {list.isPending ? (
        <LoadingState label={t('statements.public.loading')} />
      ) : list.isError && !list.data ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} level={3} />
      ) : empty ? (
        <EmptyState
          title={topic ? t('statements.public.emptyTopic') : t('statements.public.empty')}
        >
          <p>{t('statements.public.emptyHint')}</p>
        </EmptyState>
      ) : view === 'karte' ? (
        <StatementsMap procedure={procedure} topic={topic} />
      ) : (
        <StatementsList list={list} />
      )}
    </section>
  );
}
