// Leaflet first: leaflet-geoman extends the global `L` that Leaflet sets when it loads.
import { FeatureGroup, Polygon, type Map as LeafletMap, type PM } from 'leaflet';
import '@geoman-io/leaflet-geoman-free';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import type { Position } from 'geojson';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';

import type { AreaGeometry } from '@/api/types';
import { areaStyle } from '@/components/map/area-style';
import { areaPolygons, toArea } from '@/features/planning/utils/area';

interface GeomanDrawProps {
  /** The plan area; drawn as one layer per polygon. */
  value: AreaGeometry | null;
  /** Called with the new area after drawing, editing, moving or removing a polygon. */
  onChange: (area: AreaGeometry | null) => void;
}

const LAYER_EVENTS = 'pm:edit pm:dragend pm:rotateend';

/** The polygons of all layers in the group (a Rectangle is a Polygon too). */
function collect(group: FeatureGroup): Position[][][] {
  return group.getLayers().flatMap((layer) => {
    if (!(layer instanceof Polygon)) return [];
    const { geometry } = layer.toGeoJSON(7);
    if (geometry.type === 'Polygon') return [geometry.coordinates];
    if (geometry.type === 'MultiPolygon') return geometry.coordinates;
    return [];
  });
}

/**
 * leaflet-geoman's toolbar buttons are links without a name of their own (the title sits on a
 * wrapper) and do not expose their pressed state: name them, keep aria-pressed in step with
 * geoman's "active" class, and let Space press them as it presses a button.
 */
function makeToolbarAccessible(map: LeafletMap): () => void {
  const container = map.getContainer();
  const label = () => {
    for (const wrapper of container.querySelectorAll<HTMLElement>(
      '.leaflet-pm-toolbar .button-container',
    )) {
      const button = wrapper.querySelector<HTMLElement>('.leaflet-buttons-control-button');
      const title = wrapper.getAttribute('title');
      if (!button || !title) continue;
      button.setAttribute('aria-label', title);
      button.setAttribute('aria-pressed', String(wrapper.classList.contains('active')));
    }
  };
  const observer = new MutationObserver(label);
  const toolbars = () => container.querySelectorAll('.leaflet-pm-toolbar');
  const observe = () => {
    observer.disconnect();
    for (const toolbar of toolbars()) {
      observer.observe(toolbar, { subtree: true, childList: true, attributeFilter: ['class'] });
    }
    label();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target;
    if (
      event.key === ' ' &&
      target instanceof HTMLElement &&
      target.getAttribute('role') === 'button' &&
      target.closest('.leaflet-pm-toolbar')
    ) {
      event.preventDefault();
      target.click();
    }
  };
  container.addEventListener('keydown', onKeyDown);
  map.on('pm:langchange', observe);
  observe();
  return () => {
    observer.disconnect();
    container.removeEventListener('keydown', onKeyDown);
    map.off('pm:langchange', observe);
  };
}

/**
 * Map behaviour: the plan area as editable polygons, with leaflet-geoman's toolbar to draw
 * polygons and rectangles, move their corners, drag and delete them. Several polygons make a
 * MultiPolygon. Renders nothing.
 */
export function GeomanDraw({ value, onChange }: GeomanDrawProps) {
  const map = useMap();
  const { t, i18n } = useTranslation();
  const groupRef = useRef<FeatureGroup | null>(null);
  /** The area the layers show (JSON), so that our own changes are not drawn again. */
  const shownRef = useRef<string | null>(null);
  const onChangeRef = useRef(onChange);
  const emitRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const group = new FeatureGroup().addTo(map);
    groupRef.current = group;
    shownRef.current = null;

    const emit = () => {
      const area = toArea(collect(group));
      shownRef.current = JSON.stringify(area);
      onChangeRef.current(area);
    };
    emitRef.current = emit;
    const onCreate: PM.CreateEventHandler = ({ layer }) => {
      layer.on(LAYER_EVENTS, emit);
      emit();
    };

    map.pm.setGlobalOptions({
      layerGroup: group,
      pathOptions: areaStyle,
      templineStyle: { color: areaStyle.color },
      hintlineStyle: { color: areaStyle.color, dashArray: '5, 5' },
      allowSelfIntersection: false,
      continueDrawing: false,
      snappable: true,
    });
    map.pm.addControls({
      position: 'topleft',
      drawMarker: false,
      drawCircleMarker: false,
      drawPolyline: false,
      drawRectangle: true,
      drawPolygon: true,
      drawCircle: false,
      drawText: false,
      editMode: true,
      dragMode: true,
      cutPolygon: false,
      removalMode: true,
      rotateMode: false,
    });
    const undoAccessibility = makeToolbarAccessible(map);
    map.on('pm:create', onCreate);
    map.on('pm:remove', emit);

    return () => {
      undoAccessibility();
      map.off('pm:create', onCreate);
      map.off('pm:remove', emit);
      map.pm.disableDraw();
      map.pm.disableGlobalEditMode();
      map.pm.disableGlobalDragMode();
      map.pm.disableGlobalRemovalMode();
      map.pm.removeControls();
      group.remove();
      groupRef.current = null;
      emitRef.current = () => undefined;
    };
  }, [map]);

  // Texts of the toolbar and its hints, in the interface language.
  useEffect(() => {
    const language = i18n.language === 'en' ? 'en' : 'de';
    map.pm.setLang(
      language,
      {
        tooltips: {
          firstVertex: t('planner.area.draw.firstVertex'),
          continueLine: t('planner.area.draw.continueLine'),
          finishPoly: t('planner.area.draw.finishPoly'),
          finishRect: t('planner.area.draw.finishRect'),
        },
        actions: {
          finish: t('planner.area.draw.finish'),
          cancel: t('planner.area.draw.cancel'),
          removeLastVertex: t('planner.area.draw.removeLastVertex'),
        },
        buttonTitles: {
          drawPolyButton: t('planner.area.draw.polygon'),
          drawRectButton: t('planner.area.draw.rectangle'),
          editButton: t('planner.area.draw.edit'),
          dragButton: t('planner.area.draw.drag'),
          deleteButton: t('planner.area.draw.delete'),
        },
      },
      language,
    );
  }, [map, t, i18n.language]);

  // Draw the area when it comes from outside (saved procedure, file, text, XPlanung).
  useEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    const json = JSON.stringify(value);
    if (json === shownRef.current) return;
    shownRef.current = json;
    group.clearLayers();
    if (!value) return;
    for (const polygon of areaPolygons(value)) {
      const layer = new Polygon(
        polygon.map((ring) => ring.map(([lon = 0, lat = 0]) => [lat, lon] as [number, number])),
        areaStyle,
      );
      layer.on(LAYER_EVENTS, () => emitRef.current());
      group.addLayer(layer);
    }
  }, [value]);

  return null;
}
