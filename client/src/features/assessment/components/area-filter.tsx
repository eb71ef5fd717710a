import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

import type { AreaGeometry } from '@/api/types';
import { TextAreaField } from '@/components/form/textarea-field';

/**
 * The drawing tool and GeoJSON reader of the planning area, handed in by the app (features do
 * not import each other): the same leaflet-geoman component as the plan-area editor.
 */
export interface AreaTools {
  Draw: ComponentType<{
    value: AreaGeometry | null;
    onChange: (area: AreaGeometry | null) => void;
  }>;
  parse: (text: string) => { ok: true; area: AreaGeometry } | { ok: false; problem: string };
}

const vertexCount = (area: AreaGeometry): number =>
  (area.type === 'Polygon' ? [area.coordinates] : area.coordinates)
    .flat()
    .reduce((sum, ring) => sum + Math.max(0, ring.length - 1), 0);

interface AreaFilterTextProps {
  value: AreaGeometry | null;
  onChange: (area: AreaGeometry | null) => void;
  parse: AreaTools['parse'];
}

/**
 * The area filter without the map: what the area is now, the area as GeoJSON text to paste or
 * edit, and a button to remove it. (The map view draws it and offers the visible extent.)
 */
export function AreaFilterText({ value, onChange, parse }: AreaFilterTextProps) {
  const { t } = useTranslation();
  const shown = value ? JSON.stringify(value) : '';
  const [text, setText] = useState(shown);
  const [textOf, setTextOf] = useState(shown);
  const [problem, setProblem] = useState<string | null>(null);
  if (textOf !== shown) {
    setTextOf(shown);
    setText(shown);
  }

  const apply = () => {
    if (!text.trim()) {
      setProblem(null);
      onChange(null);
      return;
    }
    const result = parse(text);
    if (result.ok) {
      setProblem(null);
      onChange(result.area);
    } else {
      setProblem(t('assessment.area.invalid'));
    }
  };

  return (
    <fieldset className="fieldset assessment-area">
      <legend className="fieldset__legend">{t('assessment.area.legend')}</legend>
      <p className="fieldset__hint">{t('assessment.area.hint')}</p>
      <p role="status" className="assessment-area__status">
        {value
          ? t('assessment.area.active', { count: vertexCount(value) })
          : t('assessment.area.none')}
      </p>
      {problem ? (
        <p className="field__error" role="alert">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {problem}
        </p>
      ) : null}
      <details className="assessment-area__text">
        <summary>{t('assessment.area.textSummary')}</summary>
        <TextAreaField
          id="assessment-area-geojson"
          label={t('assessment.area.text')}
          hint={t('assessment.area.textHint')}
          value={text}
          rows={3}
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="button" className="button button--secondary" onClick={apply}>
          {t('assessment.area.apply')}
        </button>
      </details>
      {value ? (
        <button type="button" className="button button--link" onClick={() => onChange(null)}>
          {t('assessment.area.clear')}
        </button>
      ) : null}
    </fieldset>
  );
}
