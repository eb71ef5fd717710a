import { useMutation } from '@tanstack/react-query';

import type { LonLat } from '@/features/statements/types';
import { api } from '@/lib/api-client';

export interface AddressResult {
  label: string;
  /** [lon, lat] */
  position: LonLat;
}

/**
 * Address search through the server (which forwards to the configured Photon or Nominatim, so
 * the browser talks to this site only and the search runs on explicit request, never per key).
 * The server endpoint is proposed, not yet built: the form shows the search only when
 * GET /api/config names a geocoder.
 */
export const searchAddress = (q: string): Promise<{ items: AddressResult[] }> =>
  api.get<{ items: AddressResult[] }>('/api/geocode', { params: { q } });

export const useSearchAddress = () => useMutation({ mutationFn: searchAddress });
