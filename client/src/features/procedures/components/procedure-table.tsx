import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ProcedureSummary } from '@/api/types';
import { TableRegion } from '@/components/ui/table-region';
import { paths } from '@/config/paths';
import { CONTENT_LANGUAGE } from '@/config/site';
import { StatusBadge } from '@/features/procedures/components/procedure-meta';

interface ProcedureTableProps {
  procedures: readonly ProcedureSummary[];
  caption: string;
}

/** Procedures as a compact table (planning area). */
export function ProcedureTable({ procedures, caption }: ProcedureTableProps) {
  const { t } = useTranslation();
  return (
    <TableRegion label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('procedure.fields.reference')}</th>
            <th scope="col">{t('planning.columns.title')}</th>
            <th scope="col">{t('procedure.fields.type')}</th>
            <th scope="col">{t('procedure.fields.district')}</th>
            <th scope="col">{t('procedure.fields.status')}</th>
          </tr>
        </thead>
        <tbody>
          {procedures.map((procedure) => (
            <tr key={procedure.id}>
              <td className="data-table__nowrap">{procedure.reference}</td>
              <th scope="row" lang={CONTENT_LANGUAGE}>
                <Link to={paths.procedure(procedure.id)}>{procedure.title}</Link>
              </th>
              <td>{t(`procedure.type.${procedure.type}`)}</td>
              <td>{procedure.district}</td>
              <td>
                <StatusBadge status={procedure.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
