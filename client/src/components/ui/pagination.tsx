import { useTranslation } from 'react-i18next';

interface PaginationProps {
  /** 1-based */
  page: number;
  pageCount: number;
  onChange: (page: number) => void;
  /** Names the navigation, e.g. "Seiten der Personenliste". */
  label: string;
}

/** Previous/next page buttons with "Seite x von y"; nothing when everything fits on one page. */
export function Pagination({ page, pageCount, onChange, label }: PaginationProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1}
        onClick={() => onChange(page - 1)}
      >
        {t('pagination.previous')}
      </button>
      <span className="pagination__current">
        {t('pagination.current', { page, pages: pageCount })}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= pageCount}
        onClick={() => onChange(page + 1)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
