import { useTranslation } from 'react-i18next';

import { CONTENT_LANGUAGE } from '@/config/site';
import { receiptPdfUrl } from '@/features/statements/api/get-statement-status';
import { PlainText } from '@/features/statements/components/plain-text';
import { PROCESSING_STEPS } from '@/features/statements/constants';
import type { StatementStatus } from '@/features/statements/types';
import { formatReceivedAt } from '@/features/statements/utils/format';

interface StatementStatusViewProps {
  status: StatementStatus;
  token: string;
}

/**
 * The two independent states of a statement (DOMAIN §2) in plain words: how far its processing
 * is (a list of steps, the current one marked) and whether it is shown publicly.
 */
export function StatementStatusView({ status, token }: StatementStatusViewProps) {
  const { t, i18n } = useTranslation();
  const current = PROCESSING_STEPS.indexOf(status.processingStatus);

  return (
    <div className="statement-status">
      <dl className="facts facts--boxed">
        <div>
          <dt>{t('statements.receipt.reference')}</dt>
          <dd className="receipt__reference receipt__reference--medium">{status.reference}</dd>
        </div>
        <div>
          <dt>{t('statements.status.procedure')}</dt>
          <dd lang={CONTENT_LANGUAGE}>{status.procedureTitle}</dd>
        </div>
        <div>
          <dt>{t('statements.receipt.receivedAt')}</dt>
          <dd>
            {t('statements.receipt.receivedAtValue', {
              date: formatReceivedAt(status.receivedAt, i18n.language),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('statements.status.channel')}</dt>
          <dd>{t(`statements.status.channels.${status.channel}`)}</dd>
        </div>
      </dl>
      {status.late ? <p className="notice">{t('statements.status.late')}</p> : null}

      <section aria-labelledby="status-processing-heading" className="panel">
        <h2 id="status-processing-heading">{t('statements.status.processingHeading')}</h2>
        <p className="statement-status__current">
          {t(`statements.status.processing.${status.processingStatus}`)}
        </p>
        <ol className="steps">
          {PROCESSING_STEPS.map((step, index) => {
            const state = index < current ? 'done' : index === current ? 'current' : 'todo';
            return (
              <li
                key={step}
                className={`steps__item steps__item--${state}`}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <span className="steps__label">{t(`statements.status.steps.${step}`)}</span>
                <span className="steps__state">{t(`statements.status.stepState.${state}`)}</span>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="status-publication-heading" className="panel">
        <h2 id="status-publication-heading">{t('statements.status.publicationHeading')}</h2>
        <p className="statement-status__current">
          <span className={`badge badge--publication-${status.publicationStatus}`}>
            {t(`statements.status.publicationBadge.${status.publicationStatus}`)}
          </span>
        </p>
        {status.publicationStatus === 'rejected' && status.rejectionReason ? (
          <>
            <p>{t('statements.publication.rejectedWithReason')}</p>
            <dl className="facts">
              <div>
                <dt>{t('statements.status.rejectionReasonLabel')}</dt>
                <dd>{t(`statements.status.rejectionReasons.${status.rejectionReason}`)}</dd>
              </div>
            </dl>
            <p>{t('statements.status.stillConsidered')}</p>
          </>
        ) : (
          <p>{t(`statements.publication.${status.publicationStatus}`)}</p>
        )}
      </section>

      <section aria-labelledby="status-text-heading">
        <h2 id="status-text-heading">{t('statements.receipt.textHeading')}</h2>
        {status.topic ? (
          <p>
            {t('statements.receipt.topic')}: <span lang={CONTENT_LANGUAGE}>{status.topic}</span>
          </p>
        ) : null}
        <PlainText text={status.text} className="quoted-text" />
        <p>
          <a href={receiptPdfUrl(status.reference, token)} download>
            {t('statements.receipt.pdf')}
          </a>
        </p>
      </section>
    </div>
  );
}
