import type { LatLngTuple, Map as LeafletMap } from 'leaflet';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useConfig } from '@/api/get-config';
import type { Procedure } from '@/api/types';
import { AddressSearch } from '@/features/statements/components/address-search';
import { DrawMap } from '@/features/statements/components/draw-map';
import type { AddressResult } from '@/features/statements/api/search-address';
import { useGeocoder } from '@/features/statements/hooks/use-geocoder';
import type { GeometryKind } from '@/features/statements/types';
import { verticesOutside } from '@/features/statements/utils/area-check';
import { MIN_VERTICES } from '@/features/statements/utils/geometry';

export type LocationMode = 'none' | 'map' | 'address';

export interface LocationValue {
  mode: LocationMode;
  kind: GeometryKind;
  vertices: LatLngTuple[];
  address: AddressResult | null;
}

export const EMPTY_LOCATION: LocationValue = {
  mode: 'none',
  kind: 'Point',
  vertices: [],
  address: null,
};

const KINDS: readonly GeometryKind[] = ['Point', 'LineString', 'Polygon'];

interface LocationFieldProps {
  /** id of the "on the map" choice; error links lead there. */
  id: string;
  procedure: Pick<Procedure, 'title' | 'area' | 'bbox'>;
  value: LocationValue;
  onChange: (next: LocationValue) => void;
  error?: string;
}

/**
 * Where the statement is about: nothing (a first-class choice, preselected, so keyboard users
 * pass the map by), a point, line or area drawn on the map, or – where a geocoder is
 * configured – an address. Drawing works by clicks or, without a mouse, by moving the map and
 * setting the point under the crosshair in its centre.
 */
export function LocationField({ id, procedure, value, onChange, error }: LocationFieldProps) {
  const { t } = useTranslation();
  const geocoder = useGeocoder();
  const [map, setMap] = useState<LeafletMap | null>(null);
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const hintId = `${id}-map-hint`;
  const { mode, kind, vertices } = value;

  const setMode = (next: LocationMode) => onChange({ ...value, mode: next });
  const setKind = (next: GeometryKind) =>
    onChange({ ...value, kind: next, vertices: next === 'Point' ? vertices.slice(-1) : vertices });

  const addVertex = useCallback(
    (vertex: LatLngTuple) =>
      onChange({
        ...value,
        vertices: value.kind === 'Point' ? [vertex] : [...value.vertices, vertex],
      }),
    [onChange, value],
  );

  const addCentre = () => {
    if (!map) return;
    const centre = map.getCenter();
    addVertex([centre.lat, centre.lng]);
  };

  const areaBuffer = useConfig().data?.statements.areaBufferM;
  const outside =
    areaBuffer !== undefined && verticesOutside(vertices, procedure.area, areaBuffer).length > 0;
  const outsideId = `${id}-outside`;

  const needed = MIN_VERTICES[kind];
  const status =
    vertices.length === 0
      ? t('statements.location.status.empty')
      : kind === 'Point'
        ? t('statements.location.status.point')
        : vertices.length < needed
          ? t(`statements.location.status.${kind}Incomplete`, {
              count: vertices.length,
              needed,
            })
          : t(`statements.location.status.${kind}`, { count: vertices.length });

  return (
    <fieldset
      className={error ? 'fieldset field--error' : 'fieldset'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="fieldset__legend">{t('statements.location.legend')}</legend>
      <p className="field__hint">{t('statements.location.hint')}</p>
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <div className="radios">
        <div className="radio">
          <input
            id={`${id}-none`}
            type="radio"
            name="location-mode"
            value="none"
            checked={mode === 'none'}
            onChange={() => setMode('none')}
          />
          <label htmlFor={`${id}-none`}>{t('statements.location.none')}</label>
        </div>
        <div className="radio">
          <input
            id={id}
            type="radio"
            name="location-mode"
            value="map"
            checked={mode === 'map'}
            onChange={() => setMode('map')}
            aria-describedby={`${id}-map-choice-hint`}
          />
          <label htmlFor={id}>{t('statements.location.map')}</label>
          <span id={`${id}-map-choice-hint`} className="field__hint radio__hint">
            {t('statements.location.mapChoiceHint')}
          </span>
        </div>
        {geocoder ? (
          <div className="radio">
            <input
              id={`${id}-address`}
              type="radio"
              name="location-mode"
              value="address"
              checked={mode === 'address'}
              onChange={() => setMode('address')}
            />
            <label htmlFor={`${id}-address`}>{t('statements.location.address')}</label>
          </div>
        ) : null}
      </div>

      {mode === 'map' ? (
        <div className="draw-map">
          <fieldset className="fieldset fieldset--inline">
            <legend className="fieldset__legend fieldset__legend--small">
              {t('statements.location.kindLegend')}
            </legend>
            <div className="radios radios--inline">
              {KINDS.map((option) => (
                <div className="radio" key={option}>
                  <input
                    id={`${id}-kind-${option}`}
                    type="radio"
                    name="location-kind"
                    value={option}
                    checked={kind === option}
                    onChange={() => setKind(option)}
                  />
                  <label htmlFor={`${id}-kind-${option}`}>
                    {t(`statements.location.kinds.${option}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <p id={hintId} className="hint">
            {t(`statements.location.drawHint.${kind}`)} {t('statements.location.keyboardHint')}
          </p>
          <DrawMap
            procedure={procedure}
            kind={kind}
            vertices={vertices}
            onAdd={addVertex}
            onMap={setMap}
            describedBy={`${hintId} ${statusId}`}
          />
          <p id={statusId} className="draw-map__status" role="status">
            {status}
          </p>
          {/* Said when the place is set, not first on sending (the field error says the same). */}
          <div role="alert" id={outsideId}>
            {outside && !error ? (
              <p className="field__error">
                {t('statements.location.outside', { buffer: areaBuffer })}
              </p>
            ) : null}
          </div>
          <div className="actions">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={addCentre}
              disabled={!map}
            >
              {kind === 'Point'
                ? t('statements.location.addCentrePoint')
                : t('statements.location.addCentreVertex')}
            </button>
            {kind !== 'Point' ? (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange({ ...value, vertices: vertices.slice(0, -1) })}
                disabled={vertices.length === 0}
              >
                {t('statements.location.removeLast')}
              </button>
            ) : null}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onChange({ ...value, vertices: [] })}
              disabled={vertices.length === 0}
            >
              {t('statements.location.clear')}
            </button>
          </div>
        </div>
      ) : null}

      {mode === 'address' && geocoder ? (
        <AddressSearch
          id={`${id}-address-search`}
          geocoder={geocoder}
          selected={value.address}
          onSelect={(address) => onChange({ ...value, address })}
        />
      ) : null}
    </fieldset>
  );
}
