import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

interface MapAccessibilityProps {
  label: string;
  /** id of the element that explains keyboard use */
  describedBy?: string;
}

/**
 * Map behaviour: names the (keyboard-focusable) map container for assistive technology.
 * Renders nothing.
 */
export function MapAccessibility({ label, describedBy }: MapAccessibilityProps) {
  const map = useMap();

  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    if (describedBy) container.setAttribute('aria-describedby', describedBy);
    else container.removeAttribute('aria-describedby');
  }, [map, label, describedBy]);

  return null;
}
