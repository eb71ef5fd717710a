import { useTranslation } from 'react-i18next';

import type { FeedState } from '@/features/moderation/hooks/use-moderation-feed';

/** The live feed's connection, in words and colour; a button when the browser gave up. */
export function FeedStatus({ state, onReconnect }: { state: FeedState; onReconnect: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`feed-status feed-status--${state}`}>
      <p role="status" className="feed-status__text">
        <span className="feed-status__dot" aria-hidden="true" />
        {t(`moderation.feed.${state}`)}
      </p>
      {state === 'closed' ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onReconnect}
        >
          {t('moderation.feed.reconnect')}
        </button>
      ) : null}
    </div>
  );
}
