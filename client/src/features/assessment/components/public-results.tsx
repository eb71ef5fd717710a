import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { CONTENT_LANGUAGE } from '@/config/site';
import { useHasResults, useResults } from '@/features/assessment/api/get-results';

import '@/features/assessment/assessment.css';

/** The communicated results of a procedure: responses without any personal data. */
export function PublicResults({ procedureId }: { procedureId: string }) {
  const { t } = useTranslation();
  const results = useResults(procedureId);
  if (results.isPending) return <LoadingState label={t('assessment.public.loading')} />;
  if (results.isError) {
    return <ErrorState error={results.error} onRetry={() => void results.refetch()} level={2} />;
  }
  const items = results.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState title={t('assessment.public.empty')} />;
  return (
    <>
      <ul className="public-results">
        {items.map((item) => (
          <li key={item.reference}>
            <article aria-labelledby={`result-${item.reference}`}>
              <h2 id={`result-${item.reference}`}>
                {t('assessment.public.itemHeading', { reference: item.reference })}
              </h2>
              <p className="public-results__meta">
                <strong>{t(`assessment.result.${item.result}`)}</strong>
                {item.topic ? (
                  <>
                    {' · '}
                    <span lang={CONTENT_LANGUAGE}>{item.topic}</span>
                  </>
                ) : null}
                {item.signatories > 1
                  ? ` · ${t('assessment.groups.signatories', { count: item.signatories })}`
                  : ''}
                {item.publicNotice ? ` · ${t('assessment.public.publicNotice')}` : ''}
              </p>
              {item.text ? (
                <>
                  <h3>{t('assessment.public.statement')}</h3>
                  <p lang={CONTENT_LANGUAGE}>{item.text}</p>
                </>
              ) : (
                <p className="data-table__muted">{t('assessment.public.notPublished')}</p>
              )}
              <h3>{t('assessment.public.response')}</h3>
              <p lang={CONTENT_LANGUAGE}>{item.response}</p>
            </article>
          </li>
        ))}
      </ul>
      {results.hasNextPage ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={results.isFetchingNextPage}
          onClick={() => void results.fetchNextPage()}
        >
          {results.isFetchingNextPage ? t('assessment.loadingMore') : t('assessment.loadMore')}
        </button>
      ) : null}
    </>
  );
}

/** A link to the public results, shown only once results have been communicated. */
export function ResultsLink({ procedureId, to }: { procedureId: string; to: string }) {
  const { t } = useTranslation();
  const hasResults = useHasResults(procedureId);
  if (!hasResults.data) return null;
  return (
    <p className="results-link">
      <Link to={to}>{t('assessment.public.link')}</Link>
    </p>
  );
}
