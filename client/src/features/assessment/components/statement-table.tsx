import { useTranslation } from 'react-i18next';

import type { WorkspaceStatement } from '@/api/types';
import { TableRegion } from '@/components/ui/table-region';
import { CONTENT_LANGUAGE } from '@/config/site';
import { assigneeLabel } from '@/features/assessment/components/statement-facts';
import { formatDateTime } from '@/lib/format';

const EXCERPT = 140;

interface StatementTableProps {
  items: readonly WorkspaceStatement[];
  meId: string;
  selected: string | undefined;
  onSelect: (id: string) => void;
}

/** The statements in a table: the way to every statement without the map. */
export function StatementTable({ items, meId, selected, onSelect }: StatementTableProps) {
  const { t, i18n } = useTranslation();
  const caption = t('assessment.table.caption');
  return (
    <TableRegion label={caption}>
      <table className="data-table assessment-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.columns.reference')}</th>
            <th scope="col">{t('assessment.columns.text')}</th>
            <th scope="col">{t('assessment.filters.topic')}</th>
            <th scope="col">{t('assessment.columns.received')}</th>
            <th scope="col">{t('assessment.filters.publicationStatus')}</th>
            <th scope="col">{t('assessment.filters.processingStatus')}</th>
            <th scope="col">{t('assessment.form.result')}</th>
            <th scope="col">{t('assessment.filters.assignee')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} aria-current={item.id === selected ? 'true' : undefined}>
              <th scope="row" className="data-table__nowrap">
                <button
                  type="button"
                  className="button button--link"
                  aria-label={t('assessment.table.open', { reference: item.reference })}
                  onClick={() => onSelect(item.id)}
                >
                  {item.reference}
                </button>
              </th>
              <td lang={CONTENT_LANGUAGE}>
                {item.text.length > EXCERPT ? `${item.text.slice(0, EXCERPT)} …` : item.text}
                {item.groupId ? (
                  <span className="data-table__sub">
                    {t('assessment.groups.signatories', { count: item.groupSize })}
                  </span>
                ) : null}
              </td>
              <td lang={CONTENT_LANGUAGE}>{item.topic ?? '–'}</td>
              <td className="data-table__nowrap">
                {formatDateTime(item.receivedAt, i18n.language)}
                <span className="data-table__sub">
                  {t(`assessment.channel.${item.channel}`)}
                  {item.late ? `, ${t('assessment.late')}` : ''}
                </span>
              </td>
              <td>{t(`assessment.publication.${item.publicationStatus}`)}</td>
              <td>{t(`assessment.processing.${item.processingStatus}`)}</td>
              <td>{item.result ? t(`assessment.result.${item.result}`) : '–'}</td>
              <td>{assigneeLabel(item.assigneeId, meId, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
