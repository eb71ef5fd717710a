import { useTranslation } from 'react-i18next';

import { FeedStatus } from '@/features/moderation/components/feed-status';
import { ModerationQueue } from '@/features/moderation/components/moderation-queue';
import { ModerationStatsPanel } from '@/features/moderation/components/moderation-stats';
import {
  QueueFiltersForm,
  type FilterOption,
} from '@/features/moderation/components/queue-filters';
import { useModerationFeed } from '@/features/moderation/hooks/use-moderation-feed';
import type { QueueFilters } from '@/features/moderation/hooks/use-queue-filters';

export interface FilterChoices {
  procedures: readonly FilterOption[];
  phases: readonly FilterOption[];
  topics: readonly string[];
}

interface ModerationPageProps {
  filters: QueueFilters;
  onFiltersChange: (next: QueueFilters) => void;
  /** Procedures, and the phases and topics of the chosen one (from the app: other features). */
  choices: FilterChoices;
}

/** The moderators' page: live connection, filters and the queue first, statistics below. */
export function ModerationPage({ filters, onFiltersChange, choices }: ModerationPageProps) {
  const { t } = useTranslation();
  const feed = useModerationFeed();

  return (
    <div className="moderation-page">
      <div className="moderation-page__head">
        <div>
          <h1>{t('moderation.title')}</h1>
          <p className="lead">{t('moderation.intro')}</p>
        </div>
        <FeedStatus state={feed.state} onReconnect={feed.reconnect} />
      </div>
      <QueueFiltersForm filters={filters} onChange={onFiltersChange} {...choices} />
      <ModerationQueue filters={filters} />
      <ModerationStatsPanel />
    </div>
  );
}
