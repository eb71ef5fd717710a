import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useResultLettersPreview } from '@/features/assessment/api/get-result-letters-preview';
import { useSendResultLetters } from '@/features/assessment/api/send-result-letters';

/** Sends every named submitter of an assessed statement the result, after a confirmation. */
export function ResultLettersPanel({ procedureId }: { procedureId: string }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const send = useSendResultLetters(procedureId);
  const sent = send.data;
  const preview = useResultLettersPreview(procedureId, asking).data;

  return (
    <section aria-labelledby="assessment-letters-heading" className="assessment-section">
      <h2 id="assessment-letters-heading">{t('assessment.letters.heading')}</h2>
      <p>{t('assessment.letters.intro')}</p>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('assessment.letters.send')}
      </button>
      <div role="status">
        {sent ? (
          <div className="notice notice--success">
            <p>{t('assessment.letters.sent', { count: sent.letters })}</p>
            <ul>
              <li>{t('assessment.letters.toPost', { count: sent.lettersToPost })}</li>
              <li>{t('assessment.letters.publicNotice', { count: sent.publicNotice })}</li>
              <li>{t('assessment.letters.anonymous', { count: sent.anonymous })}</li>
              <li>{t('assessment.letters.notAssessed', { count: sent.notAssessed })}</li>
            </ul>
          </div>
        ) : null}
      </div>
      {asking ? (
        <ConfirmDialog
          title={t('assessment.letters.confirmTitle')}
          confirmLabel={t('assessment.letters.confirm')}
          pendingLabel={t('assessment.letters.sending')}
          pending={send.isPending}
          error={send.error}
          onCancel={() => setAsking(false)}
          onConfirm={() => send.mutate(undefined, { onSuccess: () => setAsking(false) })}
        >
          <p>{t('assessment.letters.confirmText')}</p>
          {preview ? (
            <p>
              {t('assessment.letters.willSend', { count: preview.letters })}{' '}
              {t('assessment.letters.willMail', { count: preview.mails })}
            </p>
          ) : null}
          {preview && !preview.phasesEnded ? (
            <p className="notice notice--warning">{t('assessment.letters.phasesRunning')}</p>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
