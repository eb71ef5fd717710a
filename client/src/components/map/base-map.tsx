import type { LeafletEventHandlerFnMap } from 'leaflet';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AttributionControl, MapContainer, TileLayer, ZoomControl } from 'react-leaflet';

import { useConfig } from '@/api/get-config';
import { LoadingState } from '@/components/ui/loading-state';
import { MapAccessibility } from '@/components/map/map-accessibility';

const ATTRIBUTION_PREFIX = '<a href="https://leafletjs.com">Leaflet</a>';

const prefersReducedMotion = (): boolean =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

interface BaseMapProps {
  /** Accessible name of the map. */
  label: string;
  /** id of a visible text that explains keyboard use. */
  describedBy?: string;
  className?: string;
  /** Map layers and behaviours (components using useMap()). */
  children?: ReactNode;
}

/**
 * A Leaflet map with the tile layer, attribution and start view from GET /api/config.
 * Keyboard navigation is on. If tiles fail to load, a polite status message says so; the
 * layers on top keep working without the background.
 */
export function BaseMap({ label, describedBy, className, children }: BaseMapProps) {
  const { t, i18n } = useTranslation();
  const config = useConfig();
  const [tilesFailed, setTilesFailed] = useState(false);
  const [animate] = useState(() => !prefersReducedMotion());

  const tileEvents = useMemo<LeafletEventHandlerFnMap>(
    () => ({ tileerror: () => setTilesFailed(true) }),
    [],
  );

  const frameClass = ['map-frame', className].filter(Boolean).join(' ');

  if (config.isPending) {
    return (
      <div className={frameClass}>
        <div className="map map--placeholder">
          <LoadingState label={t('map.loading')} />
        </div>
      </div>
    );
  }

  if (config.isError) {
    return (
      <div className={frameClass}>
        <div className="map map--placeholder">
          <p className="notice" role="status">
            {t('map.unavailable')}
          </p>
        </div>
      </div>
    );
  }

  const { tiles, map } = config.data;
  return (
    <div className={frameClass}>
      <div role="status" className="map-frame__status">
        {tilesFailed ? <p className="notice">{t('map.tilesUnavailable')}</p> : null}
      </div>
      <MapContainer
        className="map"
        center={map.center}
        zoom={map.zoom}
        maxZoom={tiles.maxZoom}
        keyboard
        zoomAnimation={animate}
        fadeAnimation={animate}
        markerZoomAnimation={animate}
        zoomControl={false}
        attributionControl={false}
      >
        <MapAccessibility label={label} describedBy={describedBy} />
        <ZoomControl
          key={i18n.language}
          position="topleft"
          zoomInTitle={t('map.zoomIn')}
          zoomOutTitle={t('map.zoomOut')}
        />
        <AttributionControl position="bottomright" prefix={ATTRIBUTION_PREFIX} />
        <TileLayer
          url={tiles.url}
          attribution={tiles.attribution}
          maxZoom={tiles.maxZoom}
          eventHandlers={tileEvents}
        />
        {children}
      </MapContainer>
    </div>
  );
}
