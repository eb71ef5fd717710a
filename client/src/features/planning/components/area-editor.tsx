import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { AreaGeometry, BBox } from '@/api/types';
import { TextAreaField } from '@/components/form/textarea-field';
import { BaseMap } from '@/components/map/base-map';
import { FitBounds } from '@/components/map/fit-bounds';
import { GeomanDraw } from '@/features/planning/components/geoman-draw';
import {
  areaBBox,
  areaSize,
  formatArea,
  parseArea,
  sameArea,
  type AreaProblem,
} from '@/features/planning/utils/area';

/** Larger files are not plan areas (and would block the browser while parsed). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

interface AreaEditorProps {
  /** id of the group; error summaries link here. */
  id: string;
  value: AreaGeometry | null;
  onChange: (area: AreaGeometry | null) => void;
  /** The error to show at the area (e.g. from the server: outside the city). */
  error?: string;
}

/**
 * The plan area: drawn on the map (leaflet-geoman), or – without a mouse or map – uploaded as a
 * GeoJSON file or pasted as GeoJSON text. A sentence says what the area is now, for everyone.
 */
export function AreaEditor({ id, value, onChange, error }: AreaEditorProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const fileId = useId();
  const [text, setText] = useState(() => formatArea(value));
  const [textShowsValue, setTextShowsValue] = useState(value);
  const [localError, setLocalError] = useState<string | null>(null);
  const [fitTarget, setFitTarget] = useState(value);

  // The text follows the area when it changes elsewhere (drawing, a file).
  if (!sameArea(value, textShowsValue)) {
    setTextShowsValue(value);
    setText(formatArea(value));
  }

  const problemText = (problem: AreaProblem) => t(`planner.area.problems.${problem}`);

  const applyFromOutside = (area: AreaGeometry | null) => {
    setLocalError(null);
    setFitTarget(area);
    onChange(area);
  };

  const applyText = () => {
    if (!text.trim()) {
      applyFromOutside(null);
      return;
    }
    const result = parseArea(text);
    if (result.ok) applyFromOutside(result.area);
    else setLocalError(problemText(result.problem));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setLocalError(t('planner.area.problems.fileTooLarge'));
      return;
    }
    const result = parseArea(await file.text());
    if (result.ok) {
      applyFromOutside(result.area);
      input.value = '';
    } else {
      setLocalError(problemText(result.problem));
    }
  };

  const fitBBox = useMemo<BBox | null>(() => (fitTarget ? areaBBox(fitTarget) : null), [fitTarget]);

  const size = value ? areaSize(value) : null;
  const describedBy = [hintId, error ? errorId : null, statusId].filter(Boolean).join(' ');

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={
        error
          ? 'fieldset fieldset--framed area-editor field--error'
          : 'fieldset fieldset--framed area-editor'
      }
      aria-describedby={describedBy}
    >
      <legend className="fieldset__legend">{t('planner.fields.area')}</legend>
      <p id={hintId} className="fieldset__hint">
        {t('planner.area.hint')}
      </p>
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <p id={statusId} role="status" className="area-editor__status">
        {size
          ? t('planner.area.summary', {
              count: size.polygons,
              vertices: size.vertices,
            })
          : t('planner.area.none')}
      </p>
      <BaseMap
        label={t('planner.area.mapLabel')}
        describedBy={`${hintId} ${statusId}`}
        className="map-frame--editor"
      >
        <FitBounds bbox={fitBBox} maxZoom={17} padding={32} />
        <GeomanDraw value={value} onChange={onChange} />
      </BaseMap>

      <div className="area-editor__alternatives">
        <h3 className="area-editor__heading">{t('planner.area.alternativesHeading')}</h3>
        <p className="fieldset__hint">{t('planner.area.alternativesHint')}</p>
        {localError ? (
          <p className="field__error" role="alert">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {localError}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={fileId}>{t('planner.area.file')}</label>
          <span id={`${fileId}-hint`} className="field__hint">
            {t('planner.area.fileHint')}
          </span>
          <input
            id={fileId}
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            aria-describedby={`${fileId}-hint`}
            onChange={(event) => void onFile(event)}
          />
        </div>
        <TextAreaField
          id={`${id}-geojson`}
          label={t('planner.area.text')}
          hint={t('planner.area.textHint')}
          value={text}
          rows={4}
          spellCheck={false}
          className="area-editor__text"
          onChange={(event) => setText(event.target.value)}
        />
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={applyText}>
            {t('planner.area.applyText')}
          </button>
          {value ? (
            <button
              type="button"
              className="button button--link"
              onClick={() => applyFromOutside(null)}
            >
              {t('planner.area.clear')}
            </button>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}
