import type { LatLngTuple, Map as LeafletMap, PathOptions } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, Pane, Polygon, Polyline, useMap, useMapEvents } from 'react-leaflet';

import type { Procedure } from '@/api/types';
import { areaStyle } from '@/components/map/area-style';
import { BaseMap } from '@/components/map/base-map';
import { FitBounds } from '@/components/map/fit-bounds';
import { toLatLngs } from '@/components/map/geometry';
import type { GeometryKind } from '@/features/statements/types';

// Drawn shapes in the dark orange of highlighted areas: at least 3:1 against the base map.
const shapeStyle: PathOptions = {
  color: '#8a2d0b',
  weight: 4,
  opacity: 1,
  fillColor: '#8a2d0b',
  fillOpacity: 0.25,
};
const vertexStyle: PathOptions = {
  color: '#8a2d0b',
  weight: 3,
  opacity: 1,
  fillColor: '#ffffff',
  fillOpacity: 1,
};
const pointStyle: PathOptions = {
  color: '#0b0c0c',
  weight: 2,
  opacity: 1,
  fillColor: '#8a2d0b',
  fillOpacity: 1,
};

interface DrawMapProps {
  procedure: Pick<Procedure, 'title' | 'area' | 'bbox'>;
  kind: GeometryKind;
  vertices: readonly LatLngTuple[];
  onAdd: (vertex: LatLngTuple) => void;
  /** Receives the Leaflet map (for "set a point at the centre"), null when it goes. */
  onMap: (map: LeafletMap | null) => void;
  describedBy: string;
}

/** Map behaviour: hands the map instance to the parent. Renders nothing. */
function MapHandle({ onMap }: { onMap: (map: LeafletMap | null) => void }) {
  const map = useMap();
  useEffect(() => {
    onMap(map);
    return () => onMap(null);
  }, [map, onMap]);
  return null;
}

/** Map behaviour: a click on the map adds a vertex there. Renders nothing. */
function ClickToAdd({ onAdd }: { onAdd: (vertex: LatLngTuple) => void }) {
  useMapEvents({ click: (event) => onAdd([event.latlng.lat, event.latlng.lng]) });
  return null;
}

/**
 * The map on which a statement's location is drawn: the plan area for orientation, the shape
 * so far, and a crosshair at the centre for the keyboard alternative ("set a point at the map
 * centre"). Shapes are drawn by clicking, never by dragging. The layers sit in panes of their
 * own, apart from the procedure's area map.
 */
export function DrawMap({ procedure, kind, vertices, onAdd, onMap, describedBy }: DrawMapProps) {
  const { t } = useTranslation();
  const area = useMemo(() => toLatLngs(procedure.area), [procedure.area]);
  const positions = vertices as LatLngTuple[];
  const last = positions[positions.length - 1];

  return (
    <BaseMap
      label={t('statements.location.mapLabel')}
      describedBy={describedBy}
      className="map-frame--draw"
    >
      <MapHandle onMap={onMap} />
      <ClickToAdd onAdd={onAdd} />
      <FitBounds bbox={procedure.bbox} maxZoom={17} padding={32} />
      <Pane name="statement-area" style={{ zIndex: 405 }}>
        <Polygon
          positions={area}
          className="statement-area"
          pathOptions={{ ...areaStyle, fillOpacity: 0.08 }}
          interactive={false}
        />
      </Pane>
      <Pane name="statement-shape" style={{ zIndex: 420 }}>
        {kind === 'Point' && last ? (
          <CircleMarker
            center={last}
            radius={10}
            pathOptions={pointStyle}
            interactive={false}
            className="statement-shape"
          />
        ) : null}
        {kind === 'LineString' && positions.length >= 2 ? (
          <Polyline
            positions={positions}
            pathOptions={shapeStyle}
            interactive={false}
            className="statement-shape"
          />
        ) : null}
        {kind === 'Polygon' && positions.length >= 3 ? (
          <Polygon
            positions={positions}
            pathOptions={shapeStyle}
            interactive={false}
            className="statement-shape"
          />
        ) : null}
        {kind === 'Polygon' && positions.length === 2 ? (
          <Polyline positions={positions} pathOptions={shapeStyle} interactive={false} />
        ) : null}
        {kind !== 'Point'
          ? positions.map((vertex, index) => (
              <CircleMarker
                key={`${index}:${vertex[0]},${vertex[1]}`}
                center={vertex}
                radius={6}
                pathOptions={vertexStyle}
                interactive={false}
              />
            ))
          : null}
      </Pane>
      <div className="draw-map__crosshair" aria-hidden="true" />
    </BaseMap>
  );
}
