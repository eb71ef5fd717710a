declare module 'shamos-hoey' {
  import type { Feature, FeatureCollection, Geometry } from 'geojson';

  /** True when no two segments intersect (segments that share an endpoint are not counted). */
  export default function noIntersections(geojson: Geometry | Feature | FeatureCollection): boolean;
}
