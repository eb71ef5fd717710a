import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

import type { BBox } from '@/api/types';

interface FitBoundsProps {
  /** [minLon, minLat, maxLon, maxLat]; nothing happens while null. */
  bbox: BBox | null;
  maxZoom?: number;
  padding?: number;
}

/** Map behaviour: shows the whole box whenever it changes. Renders nothing. */
export function FitBounds({ bbox, maxZoom = 16, padding = 24 }: FitBoundsProps) {
  const map = useMap();
  const [minLon, minLat, maxLon, maxLat] = bbox ?? [NaN, NaN, NaN, NaN];

  useEffect(() => {
    if ([minLon, minLat, maxLon, maxLat].some((value) => !Number.isFinite(value))) return;
    map.fitBounds(
      [
        [minLat, minLon],
        [maxLat, maxLon],
      ],
      { padding: [padding, padding], maxZoom },
    );
  }, [map, minLon, minLat, maxLon, maxLat, maxZoom, padding]);

  return null;
}
