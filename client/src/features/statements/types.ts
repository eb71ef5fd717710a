/**
 * API types of the statements feature, aliased from the generated `@/api/schema` and narrowed
 * where the generated type is looser than the contract (GeoJSON geometry, [lon, lat] tuples).
 */
import type { LineString, Point, Polygon } from 'geojson';

import type { components } from '@/api/schema';
import type { Procedure } from '@/api/types';

type Schemas = components['schemas'];

/** A consultation phase as the procedure answer carries it. */
export type StatementPhase = NonNullable<Procedure['currentPhase']>;

/** RFC 7946 (WGS84, [lon, lat]): what a statement's location can be. */
export type StatementGeometry = Point | LineString | Polygon;
export type GeometryKind = StatementGeometry['type'];

export type SubmitterType = Schemas['SubmitterDto']['type'];
export type Submitter = Schemas['SubmitterDto'];

export type SubmitStatementInput = Omit<Schemas['SubmitStatementDto'], 'geometry'> & {
  geometry?: StatementGeometry;
};

export type StatementReceipt = Schemas['ReceiptDto'];
export type StatementAttachment = Schemas['AttachmentDto'];

export type StatementStatus = Schemas['StatementStatusDto'];
export type ProcessingStatus = StatementStatus['processingStatus'];
export type PublicationStatus = StatementStatus['publicationStatus'];
export type StatementChannel = StatementStatus['channel'];

export type PublicStatement = Omit<Schemas['PublicStatementDto'], 'geometry'> & {
  geometry: StatementGeometry | null;
};
export type PublicStatementList = Omit<Schemas['PublicStatementListDto'], 'items'> & {
  items: PublicStatement[];
};

/** [lon, lat] */
export type LonLat = [number, number];

export type StatementMapCluster = Omit<Schemas['MapClusterDto'], 'position'> & {
  position: LonLat;
};
export type StatementMapFeature = Omit<Schemas['MapFeatureDto'], 'position'> & {
  position: LonLat;
};
export type StatementExcerpt = Schemas['MapExcerptDto'];
export type StatementMap = Omit<Schemas['StatementMapDto'], 'clusters' | 'features'> & {
  clusters: StatementMapCluster[];
  features: StatementMapFeature[];
};
