import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { PlanningProcedureSummary, ProcedureSummary } from '@/api/types';
import { TableRegion } from '@/components/ui/table-region';
import { CONTENT_LANGUAGE } from '@/config/site';
import { PlanningStatusBadge } from '@/features/planning/components/planning-status-badge';
import { formatDateTime } from '@/lib/format';

interface PlanningTableProps {
  procedures: readonly (PlanningProcedureSummary | ProcedureSummary)[];
  caption: string;
  /** Where a title links to (the editor, or the public page for those who cannot edit). */
  linkTo: (id: string) => string;
}

/** The planners' list of procedures with status and current phase. */
export function PlanningTable({ procedures, caption, linkTo }: PlanningTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <TableRegion label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('procedure.fields.reference')}</th>
            <th scope="col">{t('planner.columns.title')}</th>
            <th scope="col">{t('procedure.fields.district')}</th>
            <th scope="col">{t('planner.columns.phase')}</th>
            <th scope="col">{t('planner.columns.status')}</th>
            <th scope="col">{t('planner.columns.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {procedures.map((procedure) => (
            <tr key={procedure.id}>
              <td className="data-table__nowrap">{procedure.reference}</td>
              <th scope="row">
                <Link to={linkTo(procedure.id)} lang={CONTENT_LANGUAGE}>
                  {procedure.title}
                </Link>
                <span className="data-table__sub">{t(`procedure.type.${procedure.type}`)}</span>
              </th>
              <td>{procedure.district}</td>
              <td>
                {procedure.currentPhase ? (
                  <>
                    {t(`phases.kind.${procedure.currentPhase.kind}`)}
                    <span className="data-table__sub">
                      {t(`phases.state.${procedure.currentPhase.state}`)}
                    </span>
                  </>
                ) : (
                  <span className="data-table__muted">{t('planner.noPhase')}</span>
                )}
              </td>
              <td>
                <PlanningStatusBadge status={procedure.status} />
              </td>
              <td className="data-table__nowrap">
                {formatDateTime(procedure.updatedAt, i18n.language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
