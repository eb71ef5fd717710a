import {
  divIcon,
  type DivIcon,
  type LeafletEventHandlerFnMap,
  type Map as LeafletMap,
  type Marker as LeafletMarker,
} from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker, Pane, Polygon, Popup, useMap } from 'react-leaflet';

import type { Procedure } from '@/api/types';
import { areaStyle } from '@/components/map/area-style';
import { BaseMap } from '@/components/map/base-map';
import { FitBounds } from '@/components/map/fit-bounds';
import { toLatLngs } from '@/components/map/geometry';
import { CONTENT_LANGUAGE } from '@/config/site';
import { useStatementExcerpt } from '@/features/statements/api/get-statement-excerpt';
import {
  useStatementMap,
  type StatementMapQuery,
} from '@/features/statements/api/get-statement-map';
import type { StatementMapCluster, StatementMapFeature } from '@/features/statements/types';
import { toLatLng } from '@/features/statements/utils/geometry';
import { formatCount } from '@/features/statements/utils/format';

/** Wait this long after the map stops moving before asking the server (ms). */
const MOVE_DEBOUNCE = 300;
/** Length of the server's excerpts: a longer text was cut. */
const EXCERPT_LENGTH = 200;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const round = (value: number) => Math.round(value * 1e5) / 1e5;

function viewOf(map: LeafletMap): StatementMapQuery {
  const bounds = map.getBounds();
  const bbox = [
    clamp(round(bounds.getWest()), -180, 180),
    clamp(round(bounds.getSouth()), -90, 90),
    clamp(round(bounds.getEast()), -180, 180),
    clamp(round(bounds.getNorth()), -90, 90),
  ].join(',');
  return { bbox, zoom: clamp(Math.round(map.getZoom()), 0, 22) };
}

/** Map behaviour: reports the visible box and zoom, debounced, after every move. */
function ViewTracker({ onChange }: { onChange: (view: StatementMapQuery) => void }) {
  const map = useMap();
  useEffect(() => {
    let timer: number | undefined;
    const report = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => onChange(viewOf(map)), MOVE_DEBOUNCE);
    };
    map.on('moveend', report);
    map.whenReady(report);
    return () => {
      window.clearTimeout(timer);
      map.off('moveend', report);
    };
  }, [map, onChange]);
  return null;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * A marker's icon: the visible text is hidden from screen readers, which read the label
 * instead (Leaflet makes keyboard markers role="button", named by their content).
 */
function labelledIcon(className: string, visible: string, label: string, size: number): DivIcon {
  return divIcon({
    className,
    html: `<span aria-hidden="true">${escapeHtml(visible)}</span><span class="visually-hidden">${escapeHtml(label)}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
}

function ClusterMarker({ cluster }: { cluster: StatementMapCluster }) {
  const { t, i18n } = useTranslation();
  const map = useMap();
  const { count, position, expansionZoom } = cluster;
  const icon = useMemo(() => {
    const size = Math.round(clamp(30 + Math.log10(count) * 12, 30, 60));
    return labelledIcon(
      'statement-cluster',
      formatCount(count, i18n.language),
      t('statements.public.clusterLabel', { count }),
      size,
    );
  }, [count, i18n.language, t]);
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      click: () => {
        // The zoom at which the index splits this cluster (at least one step in).
        const zoom = Math.max(expansionZoom, map.getZoom() + 1);
        map.setView(toLatLng(position), Math.min(zoom, map.getMaxZoom()));
        // The cluster goes when the map zooms: keep keyboard users on the map.
        map.getContainer().focus({ preventScroll: true });
      },
    }),
    [map, position, expansionZoom],
  );
  return <Marker position={toLatLng(position)} icon={icon} eventHandlers={handlers} />;
}

/** The popup's content: the excerpt, fetched when the popup opens. */
function ExcerptContent({ procedureId, id }: { procedureId: string; id: string }) {
  const { t } = useTranslation();
  const excerpt = useStatementExcerpt(procedureId, id, true);
  if (excerpt.isError) return <p>{t('statements.public.excerptError')}</p>;
  if (!excerpt.data) return <p>{t('statements.public.excerptLoading')}</p>;
  const { reference, topic, excerpt: text } = excerpt.data;
  return (
    <>
      <p className="statement-popup__reference">
        {t('statements.public.reference', { reference })}
      </p>
      {topic ? (
        <p className="tag" lang={CONTENT_LANGUAGE}>
          {topic}
        </p>
      ) : null}
      <p className="statement-popup__excerpt" lang={CONTENT_LANGUAGE}>
        {text}
        {text.length >= EXCERPT_LENGTH ? '…' : ''}
      </p>
    </>
  );
}

function FeatureMarker({
  procedureId,
  feature,
}: {
  procedureId: string;
  feature: StatementMapFeature;
}) {
  const { t } = useTranslation();
  const { id, position } = feature;
  const [open, setOpen] = useState(false);
  const markerRef = useRef<LeafletMarker>(null);
  const icon = useMemo(
    () => labelledIcon('statement-marker', '', t('statements.public.markerLabel'), 26),
    [t],
  );
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      popupopen: (event) => {
        setOpen(true);
        const element = event.popup.getElement();
        const close = element?.querySelector('.leaflet-popup-close-button');
        close?.setAttribute('aria-label', t('statements.public.closePopup'));
        close?.setAttribute('title', t('statements.public.closePopup'));
        // Move keyboard and screen reader users into the excerpt they asked for.
        requestAnimationFrame(() =>
          element?.querySelector<HTMLElement>('.statement-popup')?.focus({ preventScroll: true }),
        );
      },
      popupclose: (event) => {
        const marker = event.target as LeafletMarker;
        const active = document.activeElement;
        const popup = event.popup.getElement();
        // Back to the marker if the focus was in the popup (or is lost with it).
        if (!active || active === document.body || popup?.contains(active)) {
          marker.getElement()?.focus({ preventScroll: true });
        }
      },
    }),
    [t],
  );
  return (
    <Marker ref={markerRef} position={toLatLng(position)} icon={icon} eventHandlers={handlers}>
      <Popup maxWidth={320}>
        <div
          className="statement-popup"
          tabIndex={-1}
          aria-live="polite"
          onKeyDown={(event) => {
            // Leaflet closes popups with Escape only while the map itself has the focus.
            if (event.key === 'Escape') {
              event.stopPropagation();
              markerRef.current?.closePopup();
            }
          }}
        >
          {open ? <ExcerptContent procedureId={procedureId} id={id} /> : null}
        </div>
      </Popup>
    </Marker>
  );
}

/** "87 Gruppen, 100.000 Stellungnahmen in diesem Ausschnitt": what the map shows, as text. */
function useCountText(): (data: { clusters: unknown[]; total: number }) => string {
  const { t, i18n } = useTranslation();
  return (data) => {
    const statements = t('statements.public.mapCount', {
      count: data.total,
      formatted: formatCount(data.total, i18n.language),
    });
    const groups = data.clusters.length;
    return groups === 0
      ? statements
      : t('statements.public.mapGroups', {
          count: groups,
          formatted: formatCount(groups, i18n.language),
          statements,
        });
  };
}

interface StatementsMapProps {
  procedure: Pick<Procedure, 'id' | 'title' | 'area' | 'bbox'>;
  topic?: string;
}

/**
 * Published statements with a location, for the visible part of the map, from the server's
 * clustering index: numbered clusters (a click or Enter zooms to where they split) and single
 * statements (a click or Enter opens the excerpt, fetched then). Loaded from the server for each view, after the map has stopped moving.
 */
export function StatementsMap({ procedure, topic }: StatementsMapProps) {
  const { t } = useTranslation();
  const countText = useCountText();
  const [view, setView] = useState<StatementMapQuery | null>(null);
  const query = view ? { ...view, topic } : null;
  const map = useStatementMap(procedure.id, query);
  const area = useMemo(() => toLatLngs(procedure.area), [procedure.area]);
  const data = map.data;

  return (
    <div className="statements-map">
      <p className="statements-map__count" role="status">
        {map.isError
          ? t('statements.public.mapError')
          : data
            ? data.total === 0
              ? t('statements.public.mapEmpty')
              : countText(data)
            : t('statements.public.mapLoading')}
      </p>
      <BaseMap
        label={t('statements.public.mapLabel')}
        describedBy="statements-map-hint"
        className="map-frame--detail"
      >
        <FitBounds bbox={procedure.bbox} maxZoom={16} padding={32} />
        <ViewTracker onChange={setView} />
        <Pane name="public-statements-area" style={{ zIndex: 405 }}>
          <Polygon
            positions={area}
            pathOptions={{ ...areaStyle, fillOpacity: 0.08 }}
            interactive={false}
          />
        </Pane>
        {data?.clusters.map((cluster) => (
          <ClusterMarker
            key={`${cluster.position[0]},${cluster.position[1]}:${cluster.count}`}
            cluster={cluster}
          />
        ))}
        {data?.features.map((feature) => (
          <FeatureMarker key={feature.id} procedureId={procedure.id} feature={feature} />
        ))}
      </BaseMap>
      <p id="statements-map-hint" className="hint">
        {t('statements.public.mapHint')}
      </p>
    </div>
  );
}
