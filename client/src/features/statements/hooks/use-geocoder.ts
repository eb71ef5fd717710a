import { useConfig } from '@/api/get-config';

export interface GeocoderConfig {
  /** e.g. "photon" or "nominatim" */
  provider: string;
  /** Attribution to show with results (e.g. "© OpenStreetMap-Mitwirkende"). */
  attribution?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The geocoder named by GET /api/config, or null when none is configured (the address search
 * is then not offered at all). The config type does not know `geocoder` yet, so it is read
 * defensively.
 */
export function useGeocoder(): GeocoderConfig | null {
  const config = useConfig();
  const data: unknown = config.data;
  if (!isRecord(data) || !isRecord(data.geocoder)) return null;
  const { provider, attribution } = data.geocoder;
  if (typeof provider !== 'string' || !provider) return null;
  return { provider, attribution: typeof attribution === 'string' ? attribution : undefined };
}
