import type { PathOptions } from 'leaflet';

// Stroke colours keep at least 3:1 contrast against the light base map
// (OSM land #f2efe9, parks #add19e, buildings #d9d0c9), WCAG 1.4.11.
export const areaStyle: PathOptions = {
  color: '#0050a0',
  weight: 3,
  opacity: 1,
  fillColor: '#0050a0',
  fillOpacity: 0.15,
};

export const highlightedAreaStyle: PathOptions = {
  color: '#8a2d0b',
  weight: 5,
  opacity: 1,
  fillColor: '#8a2d0b',
  fillOpacity: 0.3,
};
