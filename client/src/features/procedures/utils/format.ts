import type { BBox } from '@/api/types';
import { localeOf } from '@/lib/i18n';

const METRES_PER_DEGREE_LAT = 110_574;
const METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;

/** Approximate west–east and south–north extent of a box in metres. */
export function bboxExtent([minLon, minLat, maxLon, maxLat]: BBox): {
  width: number;
  height: number;
} {
  const midLat = ((minLat + maxLat) / 2) * (Math.PI / 180);
  return {
    width: (maxLon - minLon) * METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(midLat),
    height: (maxLat - minLat) * METRES_PER_DEGREE_LAT,
  };
}

export function formatDistance(metres: number, language: string): string {
  const locale = localeOf(language);
  if (metres >= 1000) {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'kilometer',
      maximumFractionDigits: 1,
    }).format(metres / 1000);
  }
  const rounded = Math.max(10, Math.round(metres / 10) * 10);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter' }).format(rounded);
}

export function formatDegrees(value: number, language: string): string {
  return `${new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
  }).format(value)}°`;
}

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'long',
    timeZone: 'Europe/Berlin',
  }).format(date);
}
