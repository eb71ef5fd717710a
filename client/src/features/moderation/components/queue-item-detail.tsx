import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { CONTENT_LANGUAGE } from '@/config/site';
import type { RejectionReason } from '@/config/moderation';
import { HighlightedText } from '@/features/moderation/components/highlighted-text';
import { RedactForm } from '@/features/moderation/components/redact-form';
import { RejectForm } from '@/features/moderation/components/reject-form';
import { StatementLocationMap } from '@/features/moderation/components/statement-location-map';
import { ALLOWED_ACTIONS } from '@/features/moderation/constants';
import { useShortcuts } from '@/features/moderation/hooks/use-shortcuts';
import type { DecisionAction, DecisionInput, QueueItem } from '@/features/moderation/types';
import { redactText } from '@/features/moderation/utils/hints';
import { formatDateTime } from '@/lib/format';

export interface QueueItemDetailProps {
  item: QueueItem;
  headingRef: RefObject<HTMLHeadingElement | null>;
  shortcuts: boolean;
  onNext: () => void;
  onPrevious: () => void;
  /** Sends a decision about this item (the queue owns the request: it outlives this view). */
  onDecide: (input: Omit<DecisionInput, 'expectedVersion'>) => void;
  pending: boolean;
  /** Says why a shortcut did nothing (e.g. "a" on a published statement). */
  onUnavailable: (action: DecisionAction) => void;
}

type Mode = 'idle' | 'reject' | 'redact';

/**
 * One statement with everything needed to decide: original text with personal-data hints,
 * place, attachments, reports, and the decisions its state allows – as buttons and as the
 * shortcuts a (approve), r (reject), j/n (next) and k (previous).
 */
export function QueueItemDetail({
  item,
  headingRef,
  shortcuts,
  onNext,
  onPrevious,
  onDecide,
  pending,
  onUnavailable,
}: QueueItemDetailProps) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<Mode>('idle');
  // A new version (a decision, here or elsewhere) closes an open form.
  const [version, setVersion] = useState(item.version);
  if (version !== item.version) {
    setVersion(item.version);
    setMode('idle');
  }
  const allowed = ALLOWED_ACTIONS[item.publicationStatus];
  const can = (action: DecisionAction) => allowed.includes(action);

  const submit = (input: Omit<DecisionInput, 'expectedVersion'>) => {
    if (!pending) onDecide(input);
  };

  const approve = () => (can('approve') ? submit({ action: 'approve' }) : onUnavailable('approve'));
  const openReject = () => (can('reject') ? setMode('reject') : onUnavailable('reject'));

  useShortcuts(shortcuts && mode === 'idle' && !pending, {
    a: approve,
    r: openReject,
    j: onNext,
    n: onNext,
    k: onPrevious,
  });

  const hints = item.personalDataHints;
  const textId = `queue-text-${item.id}`;
  const locationId = `queue-location-${item.id}`;

  return (
    <article className="queue-detail" aria-labelledby="queue-detail-heading" aria-busy={pending}>
      <h3
        id="queue-detail-heading"
        ref={headingRef}
        tabIndex={-1}
        className="queue-detail__heading"
      >
        {t('moderation.detail.heading', { reference: item.reference })}
      </h3>
      <p className="queue-detail__meta">
        <span lang={CONTENT_LANGUAGE}>{item.procedureTitle}</span>
        {' · '}
        {t('moderation.detail.receivedAt', {
          date: formatDateTime(item.receivedAt, i18n.language),
        })}
        {' · '}
        <span className={`badge badge--moderation-${item.publicationStatus}`}>
          {t(`moderation.status.${item.publicationStatus}`)}
        </span>
      </p>
      {item.topic ? (
        <p className="tag" lang={CONTENT_LANGUAGE}>
          {item.topic}
        </p>
      ) : null}
      {item.reports > 0 ? (
        <p className="notice notice--warning">
          {t('moderation.detail.reports', { count: item.reports })}
        </p>
      ) : null}

      <h4 className="queue-detail__subheading">{t('moderation.detail.original')}</h4>
      {hints.length > 0 ? (
        <p className="hint">
          {t('moderation.hints.summary', {
            count: hints.length,
            kinds: [...new Set(hints.map((hint) => t(`moderation.hints.kinds.${hint.kind}`)))].join(
              ', ',
            ),
          })}
        </p>
      ) : (
        <p className="hint">{t('moderation.hints.none')}</p>
      )}
      <HighlightedText id={textId} text={item.text} hints={hints} />
      {item.publishedText !== null ? (
        <>
          <h4 className="queue-detail__subheading">{t('moderation.detail.published')}</h4>
          <div className="moderation-text" lang={CONTENT_LANGUAGE}>
            {item.publishedText}
          </div>
        </>
      ) : null}

      <h4 className="queue-detail__subheading">{t('moderation.detail.location')}</h4>
      {item.geometry ? (
        <>
          <p id={locationId} className="hint">
            {t(`moderation.detail.geometry.${item.geometry.type}`)}
          </p>
          <StatementLocationMap item={item} describedBy={locationId} />
        </>
      ) : (
        <p>{t('moderation.detail.noLocation')}</p>
      )}
      <p className="queue-detail__attachments">
        {t('moderation.detail.attachments', { count: item.attachments })}
      </p>

      <h4 className="queue-detail__subheading">{t('moderation.detail.decide')}</h4>
      {mode === 'reject' ? (
        <RejectForm
          pending={pending}
          onCancel={() => setMode('idle')}
          onSubmit={(reasonCode: RejectionReason, note) =>
            submit({ action: 'reject', reasonCode, note })
          }
        />
      ) : mode === 'redact' ? (
        <RedactForm
          initialText={redactText(item.text, hints, t('moderation.redact.placeholder'))}
          pending={pending}
          onCancel={() => setMode('idle')}
          onSubmit={(publishedText) => submit({ action: 'redact', publishedText })}
        />
      ) : (
        <div className="decision-actions" role="group" aria-label={t('moderation.detail.decide')}>
          {can('approve') ? (
            <button
              type="button"
              className="button"
              aria-keyshortcuts="a"
              disabled={pending}
              onClick={approve}
            >
              {t('moderation.actions.approve')} <kbd aria-hidden="true">A</kbd>
            </button>
          ) : null}
          {can('reject') ? (
            <button
              type="button"
              className="button button--danger"
              aria-keyshortcuts="r"
              disabled={pending}
              onClick={openReject}
            >
              {t('moderation.actions.reject')} <kbd aria-hidden="true">R</kbd>
            </button>
          ) : null}
          {can('redact') ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={pending}
              onClick={() => setMode('redact')}
            >
              {hints.length > 0
                ? t('moderation.actions.redactHints')
                : t('moderation.actions.redact')}
            </button>
          ) : null}
          {can('unpublish') ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={pending}
              onClick={() => submit({ action: 'unpublish' })}
            >
              {t('moderation.actions.unpublish')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            aria-keyshortcuts="j n"
            onClick={onNext}
          >
            {t('moderation.actions.next')} <kbd aria-hidden="true">J</kbd>
          </button>
        </div>
      )}
    </article>
  );
}
