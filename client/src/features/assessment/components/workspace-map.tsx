import type { FeatureCollection } from 'geojson';
import type { CircleMarker as LeafletCircleMarker, LatLng, Map as LeafletMap } from 'leaflet';
import { circleMarker } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GeoJSON, useMap } from 'react-leaflet';

import type { AreaGeometry, BBox, WorkspaceStatement } from '@/api/types';
import { BaseMap } from '@/components/map/base-map';
import { FitBounds } from '@/components/map/fit-bounds';
import type { AreaTools } from '@/features/assessment/components/area-filter';
import { bboxPolygon } from '@/features/assessment/utils/area-param';

// Dark outlines and markers: at least 3:1 against the base map.
const planStyle = { color: '#0b0c0c', weight: 2, dashArray: '6 4', fill: false };
const markerStyle = {
  radius: 7,
  color: '#0b0c0c',
  weight: 2,
  fillColor: '#8a2d0b',
  fillOpacity: 1,
};

const pointToLayer = (_feature: unknown, latlng: LatLng): LeafletCircleMarker =>
  circleMarker(latlng, { ...markerStyle, interactive: false });

/** Map behaviour: hands the Leaflet map to the parent (for "use the visible extent"). */
function MapHandle({ onMap }: { onMap: (map: LeafletMap) => void }) {
  const map = useMap();
  useEffect(() => onMap(map), [map, onMap]);
  return null;
}

interface WorkspaceMapProps {
  planArea: AreaGeometry;
  planBBox: BBox;
  items: readonly WorkspaceStatement[];
  area: AreaGeometry | null;
  onAreaChange: (area: AreaGeometry | null) => void;
  Draw: AreaTools['Draw'];
}

/**
 * The statements on the map (the same filters as the table), the plan area, and the area
 * filter: drawn with leaflet-geoman, or – by keyboard – the visible map extent as the area.
 */
export function WorkspaceMap({
  planArea,
  planBBox,
  items,
  area,
  onAreaChange,
  Draw,
}: WorkspaceMapProps) {
  const { t } = useTranslation();
  const [map, setMap] = useState<LeafletMap | null>(null);
  const located = useMemo<FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: items.flatMap((item) =>
        item.geometry ? [{ type: 'Feature', geometry: item.geometry, properties: {} }] : [],
      ),
    }),
    [items],
  );
  const withoutLocation = items.length - located.features.length;
  const useExtent = () => {
    if (!map) return;
    const bounds = map.getBounds();
    onAreaChange(
      bboxPolygon([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]),
    );
  };

  return (
    <div className="assessment-map">
      <p id="assessment-map-hint" className="fieldset__hint">
        {t('assessment.map.hint')} {t('assessment.map.count', { count: located.features.length })}
        {withoutLocation > 0
          ? ` ${t('assessment.map.withoutLocation', { count: withoutLocation })}`
          : ''}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={useExtent}
          disabled={!map}
        >
          {t('assessment.map.useExtent')}
        </button>
      </div>
      <BaseMap
        label={t('assessment.map.label')}
        describedBy="assessment-map-hint"
        className="map-frame--assessment"
      >
        <MapHandle onMap={setMap} />
        <FitBounds bbox={planBBox} maxZoom={17} padding={32} />
        <GeoJSON data={planArea} style={planStyle} interactive={false} />
        <GeoJSON
          key={JSON.stringify(located)}
          data={located}
          pointToLayer={pointToLayer}
          style={{ ...markerStyle, fill: false }}
          interactive={false}
        />
        <Draw value={area} onChange={onAreaChange} />
      </BaseMap>
    </div>
  );
}
