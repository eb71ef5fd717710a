/**
 * API types of the moderation feature, aliased from the generated `@/api/schema` and narrowed
 * where the generated type is looser than the contract (GeoJSON geometry).
 */
import type { LineString, Point, Polygon } from 'geojson';

import type { components, operations } from '@/api/schema';

type Schemas = components['schemas'];

export type QueueItem = Omit<Schemas['QueueItemDto'], 'geometry'> & {
  geometry: Point | LineString | Polygon | null;
};
export type Queue = Omit<Schemas['QueueDto'], 'items'> & { items: QueueItem[] };
export type QueueQuery = NonNullable<
  operations['ModerationController_queue']['parameters']['query']
>;
export type PersonalDataHint = Schemas['PersonalDataHintDto'];
export type PublicationStatus = QueueItem['publicationStatus'];

export type DecisionInput = Schemas['DecisionDto'];
export type DecisionAction = DecisionInput['action'];
export type DecisionResult = Schemas['DecisionResultDto'];

export type ModerationStats = Schemas['ModerationStatsDto'];

/** What a 409 answer carries: the state another moderator's decision left. */
export interface CurrentState {
  publicationStatus: PublicationStatus;
  version: number;
  publishedText: string | null;
}
