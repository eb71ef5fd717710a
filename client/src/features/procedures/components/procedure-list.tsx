import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import type { ProcedureSummary } from '@/api/types';
import { paths } from '@/config/paths';
import { CONTENT_LANGUAGE } from '@/config/site';
import { CurrentPhaseMeta } from '@/features/procedures/components/current-phase-meta';
import { StatusBadge } from '@/features/procedures/components/procedure-meta';

export interface BackLinkState {
  backTo: string;
}

interface ProcedureListProps {
  procedures: readonly ProcedureSummary[];
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
}

/** The accessible counterpart of the map: the same procedures, as links. */
export function ProcedureList({ procedures, highlightedId, onHighlight }: ProcedureListProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const linkState: BackLinkState = { backTo: `${location.pathname}${location.search}` };

  return (
    <ul className="procedure-list">
      {procedures.map((procedure) => (
        <li
          key={procedure.id}
          className={
            procedure.id === highlightedId
              ? 'procedure-card procedure-card--active'
              : 'procedure-card'
          }
          onMouseEnter={() => onHighlight(procedure.id)}
          onMouseLeave={() => onHighlight(null)}
          onFocus={() => onHighlight(procedure.id)}
          onBlur={() => onHighlight(null)}
        >
          <p className="procedure-card__type">{t(`procedure.type.${procedure.type}`)}</p>
          <h3 className="procedure-card__title" lang={CONTENT_LANGUAGE}>
            <Link to={paths.procedure(procedure.id)} state={linkState}>
              {procedure.title}
            </Link>
          </h3>
          <p className="procedure-card__summary" lang={CONTENT_LANGUAGE}>
            {procedure.summary}
          </p>
          <dl className="meta-list">
            <div>
              <dt>{t('procedure.fields.district')}</dt>
              <dd>{procedure.district}</dd>
            </div>
            <div>
              <dt>{t('procedure.fields.reference')}</dt>
              <dd>{procedure.reference}</dd>
            </div>
            <div>
              <dt>{t('procedure.fields.status')}</dt>
              <dd>
                <StatusBadge status={procedure.status} />
              </dd>
            </div>
            <div>
              <dt>{t('phases.list.label')}</dt>
              <dd>
                <CurrentPhaseMeta phase={procedure.currentPhase} />
              </dd>
            </div>
          </dl>
          {procedure.currentPhase?.state === 'open' ? (
            <p className="procedure-card__action">
              <Link to={paths.statementForm(procedure.id)} state={linkState}>
                {t('procedure.list.writeStatement')}
                <span className="visually-hidden" lang={CONTENT_LANGUAGE}>
                  : {procedure.title}
                </span>
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
