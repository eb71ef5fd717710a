import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { CONTENT_LANGUAGE } from '@/config/site';
import { CopyLink } from '@/features/statements/components/copy-link';
import { PlainText } from '@/features/statements/components/plain-text';
import type { ReceiptState } from '@/features/statements/receipt-state';
import { formatReceivedAt } from '@/features/statements/utils/format';

/**
 * The receipt (Eingangsbestätigung) right after a submission: reference, receipt time, the
 * private status link (shown only here, and mailed where an address was given), the PDF and
 * a copy of the text. The heading takes the focus.
 */
export function StatementReceiptView({ state }: { state: ReceiptState }) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // After the layout's own focus move on navigation (a parent effect, which runs later).
  useEffect(() => {
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  const { receipt } = state;
  const statusUrl = new URL(receipt.statusUrl, window.location.origin).toString();
  const mailNote = receipt.mailed
    ? t('statements.receipt.mailed')
    : state.submitterType === 'anonymous'
      ? t('statements.receipt.notMailedAnonymous')
      : t('statements.receipt.notMailedNoAddress');

  return (
    <div className="receipt">
      <div className="panel panel--success receipt__confirmation">
        <h1 ref={headingRef} tabIndex={-1} className="receipt__heading">
          {t('statements.receipt.title')}
        </h1>
        <p>
          {t('statements.receipt.thanks')}{' '}
          <span lang={CONTENT_LANGUAGE}>{state.procedureTitle}</span>
        </p>
        <dl className="receipt__facts">
          <div>
            <dt>{t('statements.receipt.reference')}</dt>
            <dd className="receipt__reference">{receipt.reference}</dd>
          </div>
          <div>
            <dt>{t('statements.receipt.receivedAt')}</dt>
            <dd>
              {t('statements.receipt.receivedAtValue', {
                date: formatReceivedAt(receipt.receivedAt, i18n.language),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('statements.receipt.phase')}</dt>
            <dd lang={CONTENT_LANGUAGE}>{state.phaseTitle}</dd>
          </div>
          <div>
            <dt>{t('statements.receipt.submitter')}</dt>
            <dd>{t(`statements.receipt.submitterType.${state.submitterType}`)}</dd>
          </div>
        </dl>
        <p>{t(`statements.publication.${receipt.publicationStatus}`)}</p>
        <p>{mailNote}</p>
      </div>

      <section className="panel panel--warning" aria-labelledby="receipt-link-heading">
        <h2 id="receipt-link-heading">{t('statements.receipt.linkHeading')}</h2>
        <p className="receipt__warning">
          <strong>{t('statements.receipt.linkWarningStrong')}</strong>{' '}
          {t('statements.receipt.linkWarning')}
        </p>
        <CopyLink
          id="receipt-status-link"
          label={t('statements.receipt.linkLabel')}
          url={statusUrl}
        />
        <p className="actions">
          <Link to={receipt.statusUrl}>{t('statements.receipt.openStatus')}</Link>
          <a href={receipt.receiptUrl} download>
            {t('statements.receipt.pdf')}
          </a>
        </p>
      </section>

      <section aria-labelledby="receipt-text-heading" className="receipt__copy">
        <h2 id="receipt-text-heading">{t('statements.receipt.textHeading')}</h2>
        <dl className="facts facts--inline">
          <div>
            <dt>{t('statements.receipt.topic')}</dt>
            <dd lang={state.topic ? CONTENT_LANGUAGE : undefined}>
              {state.topic ?? t('statements.receipt.noTopic')}
            </dd>
          </div>
          <div>
            <dt>{t('statements.receipt.location')}</dt>
            <dd>{t(`statements.receipt.locationValue.${state.location ?? 'none'}`)}</dd>
          </div>
          {state.attachments.length > 0 ? (
            <div>
              <dt>{t('statements.receipt.attachments')}</dt>
              <dd>{state.attachments.join(', ')}</dd>
            </div>
          ) : null}
        </dl>
        <PlainText text={state.text} className="quoted-text" />
      </section>

      <p>
        <Link to={paths.procedure(state.procedureId)}>
          {t('statements.receipt.backToProcedure')}
        </Link>
      </p>
    </div>
  );
}
