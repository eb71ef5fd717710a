/**
 * API types used by the client, aliased from the types that openapi-typescript generates from
 * the server's OpenAPI document (`./schema.d.ts`, written by `npm run openapi`).
 * Where the generated type is looser than the API contract (GeoJSON coordinates, fixed-length
 * tuples, the statuses a public answer can have), it is narrowed here; the intersections keep
 * each refinement tied to the generated type, so a server-side change shows up as a type error.
 */
import type { MultiPolygon, Polygon } from 'geojson';

import type { components } from '@/api/schema';

type Schemas = components['schemas'];
type ProcedureSummaryDto = Schemas['ProcedureSummaryDto'];

export type ProcedureType = ProcedureSummaryDto['type'];

/** Public answers only ever contain published or archived procedures. */
export type ProcedureStatus = Exclude<ProcedureSummaryDto['status'], 'draft'>;

/** RFC 7946 Polygon or MultiPolygon, WGS84 ([lng, lat]). */
export type AreaGeometry = Schemas['AreaGeometryDto'] & (Polygon | MultiPolygon);

/** [minLon, minLat, maxLon, maxLat], WGS84 */
export type BBox = ProcedureSummaryDto['bbox'] & [number, number, number, number];

interface Refinements {
  status: ProcedureStatus;
  area: AreaGeometry;
  bbox: BBox;
}

export type ProcedureSummary = Omit<ProcedureSummaryDto, keyof Refinements> & Refinements;

export type Procedure = Omit<Schemas['ProcedureDto'], keyof Refinements> & Refinements;

export type ProcedureList = Omit<Schemas['ProcedureListDto'], 'items'> & {
  items: ProcedureSummary[];
};

export type ClientConfig = Omit<Schemas['ClientConfigDto'], 'map'> & {
  map: Omit<Schemas['MapConfigDto'], 'center'> & {
    /** [lat, lng] */
    center: Schemas['MapConfigDto']['center'] & [number, number];
  };
};

/** RFC 9457 problem details as the server sends them. */
export type ProblemDetails = Schemas['ProblemDto'];
export type FieldError = Schemas['FieldErrorDto'];
