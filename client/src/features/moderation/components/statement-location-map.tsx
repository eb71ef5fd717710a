import type { CircleMarker as LeafletCircleMarker, LatLng, PathOptions } from 'leaflet';
import { circleMarker } from 'leaflet';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GeoJSON } from 'react-leaflet';

import type { BBox } from '@/api/types';
import { BaseMap } from '@/components/map/base-map';
import { FitBounds } from '@/components/map/fit-bounds';
import type { QueueItem } from '@/features/moderation/types';

// The dark orange of highlighted areas: at least 3:1 against the base map.
const shapeStyle: PathOptions = {
  color: '#8a2d0b',
  weight: 4,
  opacity: 1,
  fillColor: '#8a2d0b',
  fillOpacity: 0.3,
};

type Geometry = NonNullable<QueueItem['geometry']>;

function positionsOf(geometry: Geometry): number[][] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates.flat();
  }
}

function bboxOf(geometry: Geometry): BBox {
  const positions = positionsOf(geometry);
  const lons = positions.map((p) => p[0] ?? NaN);
  const lats = positions.map((p) => p[1] ?? NaN);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

const pointToLayer = (_feature: unknown, latlng: LatLng): LeafletCircleMarker =>
  circleMarker(latlng, { ...shapeStyle, radius: 9, fillOpacity: 1, color: '#0b0c0c', weight: 2 });

/** A small read-only map of a statement's location (point, line or area), zoomed to it. */
export function StatementLocationMap({
  item,
  describedBy,
}: {
  item: QueueItem;
  describedBy: string;
}) {
  const { t } = useTranslation();
  const geometry = item.geometry;
  const bbox = useMemo(() => (geometry ? bboxOf(geometry) : null), [geometry]);
  if (!geometry) return null;
  return (
    <BaseMap
      label={t('moderation.detail.mapLabel', { reference: item.reference })}
      describedBy={describedBy}
      className="map-frame--moderation"
    >
      <FitBounds bbox={bbox} maxZoom={17} padding={32} />
      <GeoJSON
        key={item.id}
        data={geometry}
        style={shapeStyle}
        pointToLayer={pointToLayer}
        interactive={false}
      />
    </BaseMap>
  );
}
