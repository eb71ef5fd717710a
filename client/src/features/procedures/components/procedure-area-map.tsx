import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Polygon } from 'react-leaflet';

import type { ProcedureSummary } from '@/api/types';
import { areaStyle } from '@/components/map/area-style';
import { BaseMap } from '@/components/map/base-map';
import { FitBounds } from '@/components/map/fit-bounds';
import { toLatLngs } from '@/components/map/geometry';

interface ProcedureAreaMapProps {
  procedure: Pick<ProcedureSummary, 'title' | 'area' | 'bbox'>;
  describedBy?: string;
}

/** Map of one procedure's area, zoomed to it. */
export function ProcedureAreaMap({ procedure, describedBy }: ProcedureAreaMapProps) {
  const { t } = useTranslation();
  const positions = useMemo(() => toLatLngs(procedure.area), [procedure.area]);

  return (
    <BaseMap
      label={t('procedure.areaMapLabel', { title: procedure.title })}
      describedBy={describedBy}
      className="map-frame--detail"
    >
      <FitBounds bbox={procedure.bbox} maxZoom={17} padding={32} />
      <Polygon
        positions={positions}
        className="map-area"
        pathOptions={areaStyle}
        interactive={false}
      />
    </BaseMap>
  );
}
