import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { paths } from '@/config/paths';
import { StatementReceiptView } from '@/features/statements/components/statement-receipt';
import { isReceiptState } from '@/features/statements/receipt-state';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** /stellungnahmen/eingang – the receipt after a submission (from the history state). */
export function StatementReceiptRoute() {
  const { t } = useTranslation();
  const state: unknown = useLocation().state;
  const receipt = isReceiptState(state) ? state : null;
  useDocumentTitle(
    receipt
      ? t('statements.receipt.documentTitle', { reference: receipt.receipt.reference })
      : t('statements.receipt.missingTitle'),
  );

  if (!receipt) {
    return (
      <div className="state state--empty">
        <h1>{t('statements.receipt.missingTitle')}</h1>
        <p>{t('statements.receipt.missingText')}</p>
        <p>
          <Link to={paths.home}>{t('common.backToOverview')}</Link>
        </p>
      </div>
    );
  }
  return <StatementReceiptView state={receipt} />;
}
