import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState, errorMessage } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { CONTENT_LANGUAGE } from '@/config/site';
import { useQueue } from '@/features/moderation/api/get-queue';
import { conflictState, useDecide } from '@/features/moderation/api/decide';
import { QueueItemDetail } from '@/features/moderation/components/queue-item-detail';
import { QUEUE_LIMIT } from '@/features/moderation/constants';
import type { QueueFilters } from '@/features/moderation/hooks/use-queue-filters';
import type {
  DecisionAction,
  DecisionInput,
  DecisionResult,
  QueueItem,
  QueueQuery,
} from '@/features/moderation/types';
import { isOlderThan } from '@/features/moderation/utils/format';
import { formatDateTime } from '@/lib/format';

import '@/features/moderation/moderation.css';

interface Notice {
  tone: 'success' | 'error';
  text: string;
}

const toQuery = (filters: QueueFilters): QueueQuery => ({
  procedureId: filters.procedureId,
  phaseId: filters.phaseId,
  topic: filters.topic,
  status: filters.reported ? undefined : filters.status,
  reported: filters.reported || undefined,
  limit: QUEUE_LIMIT,
});

/**
 * The queue: statements oldest first on the left, the chosen one with its decisions on the
 * right. After a decision the next statement is chosen and its heading takes the focus; what
 * happened is announced (polite for success, assertive for errors and conflicts).
 */
export function ModerationQueue({ filters }: { filters: QueueFilters }) {
  const { t, i18n } = useTranslation();
  const queue = useQueue(toQuery(filters));
  const decision = useDecide();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [shortcuts, setShortcuts] = useState(true);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const queueHeadingRef = useRef<HTMLHeadingElement>(null);
  /**
   * Counts requests to move the focus to the chosen statement (or, with none left, to the
   * queue's heading). A counter, not the selection: a live-feed reload can have chosen the
   * same statement already.
   */
  const [focusRequest, setFocusRequest] = useState(0);
  const [now] = useState(() => Date.now());
  /** Decided statements that leave this view, hidden until the queue has been reloaded. */
  const [left, setLeft] = useState<{ ids: string[]; loadedAt: number }>({ ids: [], loadedAt: 0 });

  const items = useMemo(() => {
    const hidden = left.loadedAt === queue.dataUpdatedAt ? left.ids : [];
    const days = filters.olderThanDays;
    return (queue.data?.items ?? []).filter(
      (item) => !hidden.includes(item.id) && (!days || isOlderThan(item.receivedAt, days, now)),
    );
  }, [queue.data, queue.dataUpdatedAt, left, filters.olderThanDays, now]);

  const selected = items.find((item) => item.id === selectedId) ?? items[0] ?? null;
  const index = selected ? items.indexOf(selected) : -1;

  useEffect(() => {
    // The detail's heading while a statement is shown (React clears the ref when it goes).
    if (focusRequest > 0) (headingRef.current ?? queueHeadingRef.current)?.focus();
  }, [focusRequest]);

  const choose = (item: QueueItem | null | undefined, focus: boolean) => {
    setSelectedId(item?.id ?? null);
    if (focus) setFocusRequest((n) => n + 1);
  };

  const onNext = () => {
    const next = items[index + 1];
    if (next) choose(next, true);
    else setNotice({ tone: 'success', text: t('moderation.announce.last') });
  };
  const onPrevious = () => {
    const previous = items[index - 1];
    if (previous) choose(previous, true);
    else setNotice({ tone: 'success', text: t('moderation.announce.first') });
  };

  const onDecided = (item: QueueItem, action: DecisionAction, result: DecisionResult) => {
    const at = items.findIndex((candidate) => candidate.id === item.id);
    // Reports are closed by any decision; otherwise it stays if its new state is the one shown.
    const stays = !filters.reported && result.publicationStatus === filters.status;
    const next = stays ? item : (items[at + 1] ?? items[at - 1] ?? null);
    if (!stays) {
      setLeft((previous) => ({
        ids: previous.loadedAt === queue.dataUpdatedAt ? [...previous.ids, item.id] : [item.id],
        loadedAt: queue.dataUpdatedAt,
      }));
    }
    const done = t(`moderation.announce.${action}`, { reference: item.reference });
    setNotice({
      tone: 'success',
      text: stays
        ? done
        : next
          ? `${done} ${t('moderation.announce.next', { reference: next.reference })}`
          : `${done} ${t('moderation.announce.none')}`,
    });
    choose(next, true);
  };

  const onFailed = (item: QueueItem, error: unknown) => {
    const current = conflictState(error);
    setNotice({
      tone: 'error',
      text: current
        ? t('moderation.announce.conflict', {
            reference: item.reference,
            status: t(`moderation.status.${current.publicationStatus}`),
          })
        : t('moderation.announce.failed', {
            reference: item.reference,
            message: errorMessage(error, t),
          }),
    });
  };

  const decide = (item: QueueItem, input: Omit<DecisionInput, 'expectedVersion'>) =>
    decision.mutate(
      { statementId: item.id, input: { ...input, expectedVersion: item.version } },
      {
        onSuccess: (result) => onDecided(item, input.action, result),
        onError: (error) => onFailed(item, error),
      },
    );

  const onUnavailable = (action: DecisionAction) =>
    setNotice({
      tone: 'error',
      text: t('moderation.announce.unavailable', {
        action: t(`moderation.actions.${action}`),
        status: selected ? t(`moderation.status.${selected.publicationStatus}`) : '',
      }),
    });

  return (
    <section
      aria-labelledby="queue-heading"
      className="moderation-queue"
      aria-busy={queue.isFetching}
    >
      <h2 id="queue-heading" ref={queueHeadingRef} tabIndex={-1}>
        {t('moderation.queue.heading')}
      </h2>
      <div className="shortcut-help" id="shortcut-help">
        <div className="checkbox">
          <input
            id="queue-shortcuts"
            type="checkbox"
            checked={shortcuts}
            onChange={(event) => setShortcuts(event.target.checked)}
          />
          <label htmlFor="queue-shortcuts">{t('moderation.shortcuts.toggle')}</label>
        </div>
        <p className="hint">
          {shortcuts ? t('moderation.shortcuts.help') : t('moderation.shortcuts.off')}
        </p>
      </div>

      <p className="result-count" role="status">
        {queue.isSuccess ? t('moderation.queue.count', { count: items.length }) : null}
        {queue.isSuccess && queue.data.total > queue.data.items.length
          ? ` ${t('moderation.queue.more', { total: queue.data.total })}`
          : null}
      </p>
      <div className="live-message" role="status">
        {notice?.tone === 'success' ? (
          <p className="notice notice--success">{notice.text}</p>
        ) : null}
      </div>
      <div className="live-message" role="alert">
        {notice?.tone === 'error' ? <p className="notice notice--error">{notice.text}</p> : null}
      </div>

      {queue.isPending ? (
        <LoadingState label={t('moderation.queue.loading')} />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} level={3} />
      ) : items.length === 0 || !selected ? (
        <EmptyState title={t('moderation.queue.empty')}>
          <p>{t('moderation.queue.emptyHint')}</p>
        </EmptyState>
      ) : (
        <div className="moderation-layout">
          <ol className="queue-list" aria-label={t('moderation.queue.listLabel')}>
            {items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="queue-list__item"
                  aria-current={item.id === selected.id ? 'true' : undefined}
                  aria-controls="queue-detail"
                  onClick={() => choose(item, false)}
                >
                  <span className="queue-list__reference">{item.reference}</span>
                  <span className="queue-list__meta">
                    {formatDateTime(item.receivedAt, i18n.language)}
                  </span>
                  <span className="queue-list__meta" lang={CONTENT_LANGUAGE}>
                    {item.procedureTitle}
                  </span>
                  {item.personalDataHints.length > 0 ? (
                    <span className="queue-list__flag">
                      {t('moderation.queue.hints', { count: item.personalDataHints.length })}
                    </span>
                  ) : null}
                  {item.reports > 0 ? (
                    <span className="queue-list__flag">
                      {t('moderation.queue.reports', { count: item.reports })}
                    </span>
                  ) : null}
                </button>
              </li>
            ))}
          </ol>
          <div id="queue-detail" className="moderation-layout__detail">
            <QueueItemDetail
              key={selected.id}
              item={selected}
              headingRef={headingRef}
              shortcuts={shortcuts}
              onNext={onNext}
              onPrevious={onPrevious}
              onDecide={(input) => decide(selected, input)}
              pending={decision.isPending}
              onUnavailable={onUnavailable}
            />
          </div>
        </div>
      )}
    </section>
  );
}
