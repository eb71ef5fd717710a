import type { LeafletEventHandlerFnMap, Polygon as LeafletPolygon } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Polygon, Tooltip } from 'react-leaflet';

import type { ProcedureSummary } from '@/api/types';
import { areaStyle, highlightedAreaStyle } from '@/components/map/area-style';
import { BaseMap } from '@/components/map/base-map';
import { FitBounds } from '@/components/map/fit-bounds';
import { toLatLngs, unionBBox } from '@/components/map/geometry';
import { CONTENT_LANGUAGE } from '@/config/site';

interface ProceduresMapProps {
  procedures: readonly ProcedureSummary[];
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  onSelect: (id: string) => void;
  /** id of the visible keyboard instructions */
  describedBy?: string;
}

/** Overview map: every procedure's area; a click (or Enter on a focused area) opens it. */
export function ProceduresMap({
  procedures,
  highlightedId,
  onHighlight,
  onSelect,
  describedBy,
}: ProceduresMapProps) {
  const { t } = useTranslation();
  const bbox = useMemo(() => unionBBox(procedures.map((p) => p.bbox)), [procedures]);

  return (
    <BaseMap label={t('home.mapHeading')} describedBy={describedBy} className="map-frame--overview">
      <FitBounds bbox={bbox} maxZoom={15} />
      {procedures.map((procedure) => (
        <ProcedureArea
          key={procedure.id}
          procedure={procedure}
          highlighted={procedure.id === highlightedId}
          onHighlight={onHighlight}
          onSelect={onSelect}
        />
      ))}
    </BaseMap>
  );
}

interface ProcedureAreaProps {
  procedure: ProcedureSummary;
  highlighted: boolean;
  onHighlight: (id: string | null) => void;
  onSelect: (id: string) => void;
}

function ProcedureArea({ procedure, highlighted, onHighlight, onSelect }: ProcedureAreaProps) {
  const { t } = useTranslation();
  const ref = useRef<LeafletPolygon>(null);
  const { id, title, area } = procedure;
  const positions = useMemo(() => toLatLngs(area), [area]);
  const label = t('procedure.areaLinkLabel', { title });

  // Leaflet draws areas as SVG paths that a keyboard cannot reach: make each one a focusable
  // link, highlighted (with its list entry) while focused. The path exists once <Polygon> (a
  // child, whose effects run first) is on the map.
  useEffect(() => {
    const element = ref.current?.getElement();
    if (!element) return;
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'link');
    element.setAttribute('aria-label', label);
    const onFocus = () => onHighlight(id);
    const onBlur = () => onHighlight(null);
    element.addEventListener('focus', onFocus);
    element.addEventListener('blur', onBlur);
    return () => {
      element.removeEventListener('focus', onFocus);
      element.removeEventListener('blur', onBlur);
    };
  }, [id, label, onHighlight]);

  const eventHandlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      click: () => onSelect(id),
      keydown: (event) => {
        const { key } = event.originalEvent;
        if (key === 'Enter' || key === ' ') {
          event.originalEvent.preventDefault();
          onSelect(id);
        }
      },
      mouseover: () => onHighlight(id),
      mouseout: () => onHighlight(null),
    }),
    [id, onHighlight, onSelect],
  );

  return (
    <Polygon
      ref={ref}
      positions={positions}
      className="map-area"
      pathOptions={highlighted ? highlightedAreaStyle : areaStyle}
      eventHandlers={eventHandlers}
    >
      <Tooltip direction="top" offset={[0, -6]}>
        <span lang={CONTENT_LANGUAGE}>{title}</span>
      </Tooltip>
    </Polygon>
  );
}
