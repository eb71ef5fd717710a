import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { paths } from '@/config/paths';
import { useRemovePersonalData } from '@/features/auth/api/remove-personal-data';
import { personalDataRemovedState } from '@/features/auth/utils/notices';

/**
 * "Remove my personal data" (Art. 17 DSGVO): says exactly what happens – the account is
 * anonymised and signed out, statements stay in the files – and asks again before doing it.
 */
export function RemovePersonalData() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const remove = useRemovePersonalData({
    onSessionEnded: () =>
      navigate(paths.signIn, { state: personalDataRemovedState, flushSync: true }),
  });

  return (
    <section className="panel panel--danger" aria-labelledby="remove-data-heading">
      <h2 id="remove-data-heading">{t('account.remove.heading')}</h2>
      <p>{t('account.remove.intro')}</p>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          remove.reset();
          setConfirming(true);
        }}
      >
        {t('account.remove.open')}
      </button>
      {confirming ? (
        <ConfirmDialog
          title={t('account.remove.dialogTitle')}
          confirmLabel={t('account.remove.confirm')}
          pendingLabel={t('account.remove.pending')}
          tone="danger"
          pending={remove.isPending}
          error={remove.error}
          onCancel={() => setConfirming(false)}
          onConfirm={() => remove.mutate()}
        >
          <p>{t('account.remove.whatGoes')}</p>
          <p>{t('account.remove.whatStays')}</p>
          <p>{t('account.remove.consequence')}</p>
          <p className="hint">{t('account.remove.exportFirst')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
