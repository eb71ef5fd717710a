import type { TFunction } from 'i18next';
import type { LatLngTuple } from 'leaflet';

import type { AreaGeometry } from '@/api/types';
import { checkEmail } from '@/components/form/validation';
import type { LocationValue } from '@/features/statements/components/location-field';
import type { SubmitterValue } from '@/features/statements/components/submitter-fields';
import type { StatementGeometry, Submitter } from '@/features/statements/types';
import { verticesOutside } from '@/features/statements/utils/area-check';
import { MIN_VERTICES, toGeometry } from '@/features/statements/utils/geometry';

const POSTCODE = /^\d{5}$/;

/** The location as GeoJSON, or null without one (or while it is incomplete). */
export function locationGeometry(location: LocationValue): StatementGeometry | null {
  switch (location.mode) {
    case 'none':
      return null;
    case 'map':
      return toGeometry(location.kind, location.vertices);
    case 'address':
      return location.address ? { type: 'Point', coordinates: location.address.position } : null;
  }
}

/**
 * What is wrong with the location: not set although chosen, incomplete, or further outside
 * the plan area than the server accepts (`areaBuffer` from the server's settings).
 */
export function checkLocation(
  location: LocationValue,
  area: AreaGeometry,
  areaBuffer: number | undefined,
  t: TFunction,
): string | undefined {
  const geometry = locationGeometry(location);
  if (location.mode === 'map' && !geometry) {
    return location.vertices.length === 0
      ? t('statements.form.errors.geometryMissing')
      : t(`statements.form.errors.geometryIncomplete.${location.kind}`, {
          needed: MIN_VERTICES[location.kind],
        });
  }
  if (location.mode === 'address' && !geometry) return t('statements.form.errors.addressMissing');
  const vertices: readonly LatLngTuple[] = location.mode === 'map' ? location.vertices : [];
  if (areaBuffer !== undefined && verticesOutside(vertices, area, areaBuffer).length > 0) {
    return t('statements.location.outside', { buffer: areaBuffer });
  }
  return undefined;
}

/** The submitter's fields, checked as the server will (errors keyed by the server's names). */
export function checkSubmitter(submitter: SubmitterValue, t: TFunction) {
  const named = submitter.type === 'named';
  return {
    'submitter.type': !submitter.type ? t('statements.form.errors.submitterType') : undefined,
    'submitter.name':
      named && submitter.name.trim().length < 2 ? t('form.errors.nameRequired') : undefined,
    'submitter.postcode':
      named && submitter.postcode.trim() && !POSTCODE.test(submitter.postcode.trim())
        ? t('statements.form.errors.postcode')
        : undefined,
    'submitter.email': named && submitter.email.trim() ? checkEmail(submitter.email, t) : undefined,
  };
}

/** The submitter as the API takes it: anonymous, or named with trimmed fields. */
export function submitterInput(submitter: SubmitterValue): Submitter {
  if (submitter.type !== 'named') return { type: 'anonymous' };
  const email = submitter.email.trim();
  return {
    type: 'named',
    name: submitter.name.trim(),
    organisation: submitter.organisation.trim(),
    street: submitter.street.trim(),
    postcode: submitter.postcode.trim(),
    city: submitter.city.trim(),
    ...(email ? { email } : {}),
  };
}
