import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useProcedures } from '@/features/procedures/api/get-procedures';
import { ProcedureFiltersForm } from '@/features/procedures/components/procedure-filters';
import { ProcedureList, type BackLinkState } from '@/features/procedures/components/procedure-list';
import { ProceduresMap } from '@/features/procedures/components/procedures-map';
import { useProcedureFilters } from '@/features/procedures/hooks/use-procedure-filters';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { localeOf } from '@/lib/i18n';

const LIST_HEADING_ID = 'procedure-list';

export function HomeRoute() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('home.documentTitle'));

  const [filters, setFilters] = useProcedureFilters();
  const procedures = useProcedures(filters);
  // Unfiltered list: the districts that have procedures, for the district filter.
  const allProcedures = useProcedures({});
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);

  const navigate = useNavigate();
  const location = useLocation();
  const backTo = `${location.pathname}${location.search}`;
  const openProcedure = useCallback(
    (id: string) => {
      const state: BackLinkState = { backTo };
      void navigate(paths.procedure(id), { state });
    },
    [navigate, backTo],
  );

  const districts = useMemo(() => {
    const names = new Set(allProcedures.data?.items.map((p) => p.district));
    if (filters.district) names.add(filters.district);
    const collator = new Intl.Collator(localeOf(i18n.language));
    return [...names].sort(collator.compare);
  }, [allProcedures.data, filters.district, i18n.language]);

  const skipToList = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    listHeadingRef.current?.focus();
    listHeadingRef.current?.scrollIntoView({ block: 'start' });
  };

  const items = procedures.data?.items ?? [];

  return (
    <>
      <div className="page-intro">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
      </div>

      <ProcedureFiltersForm filters={filters} districts={districts} onChange={setFilters} />

      <p className="result-count" role="status">
        {procedures.isSuccess ? t('home.resultCount', { count: procedures.data.total }) : null}
        {procedures.isPlaceholderData ? ` – ${t('home.updating')}` : null}
      </p>

      <div className="explorer">
        <div className="explorer__map">
          <h2 className="visually-hidden">{t('home.mapHeading')}</h2>
          <a
            href={`#${LIST_HEADING_ID}`}
            className="skip-link skip-link--inline"
            onClick={skipToList}
          >
            {t('home.skipMap')}
          </a>
          <ProceduresMap
            procedures={items}
            highlightedId={highlightedId}
            onHighlight={setHighlightedId}
            onSelect={openProcedure}
            describedBy="map-keyboard-hint"
          />
          <p id="map-keyboard-hint" className="hint">
            {t('map.keyboardHint')}
          </p>
        </div>

        <section
          className="explorer__list"
          aria-labelledby={LIST_HEADING_ID}
          aria-busy={procedures.isFetching}
        >
          <h2 id={LIST_HEADING_ID} ref={listHeadingRef} tabIndex={-1}>
            {t('home.listHeading')}
          </h2>
          {procedures.isPending ? (
            <LoadingState label={t('home.loadingList')} />
          ) : procedures.isError ? (
            <ErrorState
              error={procedures.error}
              onRetry={() => void procedures.refetch()}
              level={3}
            />
          ) : items.length === 0 ? (
            <EmptyState title={t('home.empty')}>
              <p>{t('home.emptyHint')}</p>
            </EmptyState>
          ) : (
            <ProcedureList
              procedures={items}
              highlightedId={highlightedId}
              onHighlight={setHighlightedId}
            />
          )}
        </section>
      </div>
    </>
  );
}
