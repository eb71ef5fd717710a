import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { CONTENT_LANGUAGE } from '@/config/site';
import { paths } from '@/config/paths';
import { PlainText } from '@/features/statements/components/plain-text';
import { ReportStatement } from '@/features/statements/components/report-statement';
import type { PublicStatementList } from '@/features/statements/types';
import { formatReceivedAt } from '@/features/statements/utils/format';

interface StatementsListProps {
  list: UseInfiniteQueryResult<InfiniteData<PublicStatementList>>;
}

const itemHeadingId = (id: string) => `statement-${id}`;

/**
 * The published statements as a list – everything the map shows, plus those without a
 * location – page by page. After "Mehr laden" the focus moves to the first new statement.
 */
export function StatementsList({ list }: StatementsListProps) {
  const { t, i18n } = useTranslation();
  const pages = list.data?.pages;
  const items = useMemo(() => pages?.flatMap((page) => page.items) ?? [], [pages]);
  /** Index of the first statement of the page being loaded, to focus when it arrives. */
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    const index = focusFrom.current;
    if (index === null) return;
    const item = items[index];
    if (!item) return;
    focusFrom.current = null;
    document.getElementById(itemHeadingId(item.id))?.focus();
  }, [items]);

  const loadMore = () => {
    focusFrom.current = items.length;
    void list.fetchNextPage();
  };

  return (
    <div className="statements-list">
      <p className="result-count" role="status">
        {t('statements.public.listCount', { count: items.length })}
        {list.hasNextPage ? ` ${t('statements.public.listMore')}` : ''}
      </p>
      <ol className="statement-list">
        {items.map((item) => (
          <li key={item.id} className="statement-card">
            <article aria-labelledby={itemHeadingId(item.id)}>
              <h3 id={itemHeadingId(item.id)} tabIndex={-1} className="statement-card__title">
                {t('statements.public.reference', { reference: item.reference })}
              </h3>
              <p className="statement-card__meta">
                {t('statements.public.receivedAt', {
                  date: formatReceivedAt(item.receivedAt, i18n.language),
                })}
                {item.hidden
                  ? null
                  : item.geometry
                    ? ` · ${t(`statements.public.location.${item.geometry.type}`)}`
                    : ` · ${t('statements.public.location.none')}`}
              </p>
              {item.topic ? (
                <p className="tag" lang={CONTENT_LANGUAGE}>
                  {item.topic}
                </p>
              ) : null}
              {item.hidden ? (
                <p className="statement-card__placeholder">
                  {t('statements.public.hidden')}{' '}
                  <Link to={paths.netiquette}>{t('statements.public.hiddenNetiquette')}</Link>
                </p>
              ) : (
                <>
                  <PlainText
                    text={item.text}
                    className="statement-card__text"
                    lang={CONTENT_LANGUAGE}
                  />
                  <ReportStatement statementId={item.id} reference={item.reference} />
                </>
              )}
            </article>
          </li>
        ))}
      </ol>
      {list.isFetchNextPageError ? (
        <ErrorState error={list.error} onRetry={loadMore} level={3} />
      ) : null}
      {list.hasNextPage ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={loadMore}
          disabled={list.isFetchingNextPage}
        >
          {list.isFetchingNextPage
            ? t('statements.public.loadingMore')
            : t('statements.public.loadMore')}
        </button>
      ) : null}
    </div>
  );
}
