import proj4 from 'proj4';

/** Axis order as written in the file: easting/longitude first, or northing/latitude first. */
export type AxisOrder = 'east_north' | 'north_east';

export interface SrsReference {
  epsg: number;
  /**
   * The axis order the srsName form promises. The URN and OGC URI forms mean the EPSG
   * registry's order (latitude first for EPSG:4326/4258, northing first for Gauss-Krüger);
   * the short `EPSG:n` and `…/epsg.xml#n` forms traditionally mean easting/longitude first.
   * Since files get this wrong, the importer also tries the other order (see `toWgs84`).
   */
  declaredOrder: AxisOrder;
}

interface SupportedCrs {
  name: string;
  /** proj4 definition, or null when the coordinates are already WGS84 longitude/latitude. */
  proj: string | null;
  /** Axis order of the EPSG registry. */
  registryOrder: AxisOrder;
}

/**
 * The systems German plans come in. Definitions as published for the EPSG codes (epsg.io).
 * ETRS89 and WGS84 differ by well under a metre here, so EPSG:4258 is taken as is. DHDN
 * (Gauss-Krüger) uses the nation-wide 7-parameter Helmert shift, good to about 1–3 m in NRW;
 * a grid shift (BeTA2007) would be better but is not available offline. Prefer EPSG:25832.
 */
const SUPPORTED: Record<number, SupportedCrs> = {
  25832: {
    name: 'ETRS89 / UTM zone 32N',
    proj: '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
    registryOrder: 'east_north',
  },
  25833: {
    name: 'ETRS89 / UTM zone 33N',
    proj: '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
    registryOrder: 'east_north',
  },
  31466: {
    name: 'DHDN / 3-degree Gauss-Kruger zone 2',
    proj: '+proj=tmerc +lat_0=0 +lon_0=6 +k=1 +x_0=2500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
    registryOrder: 'north_east',
  },
  31467: {
    name: 'DHDN / 3-degree Gauss-Kruger zone 3',
    proj: '+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
    registryOrder: 'north_east',
  },
  4258: { name: 'ETRS89', proj: null, registryOrder: 'north_east' },
  4326: { name: 'WGS 84', proj: null, registryOrder: 'north_east' },
};

export const SUPPORTED_EPSG_CODES = Object.keys(SUPPORTED).map(Number);
export const SUPPORTED_CRS_TEXT = SUPPORTED_EPSG_CODES.map((code) => `EPSG:${code}`).join(', ');

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';

/** Germany with a margin: every plan we import lies in here. */
export const GERMANY_BOUNDS = { minLon: 5.0, maxLon: 16.0, minLat: 47.0, maxLat: 55.5 };

/**
 * Reads the EPSG code from the srsName forms GML uses: `EPSG:25832`,
 * `urn:ogc:def:crs:EPSG::25832` (also with a version or `x-ogc`),
 * `http://www.opengis.net/def/crs/EPSG/0/25832`, `http://www.opengis.net/gml/srs/epsg.xml#25832`,
 * and OGC's CRS84 (WGS84 with longitude first) as EPSG:4326.
 * Null for any other form.
 */
export function parseSrsName(srsName: string): SrsReference | null {
  const name = srsName.trim();
  if (
    /^(?:CRS:84|urn:ogc:def:crs:OGC:[^:]*:CRS84|https?:\/\/www\.opengis\.net\/def\/crs\/OGC\/[^/]+\/CRS84)$/i.test(
      name,
    )
  ) {
    return { epsg: 4326, declaredOrder: 'east_north' }; // OGC CRS84: WGS84, longitude first
  }
  let match = /^EPSG:(\d+)$/i.exec(name);
  if (match) return reference(match[1], false);
  match = /^https?:\/\/www\.opengis\.net\/gml\/srs\/epsg\.xml#(\d+)$/i.exec(name);
  if (match) return reference(match[1], false);
  match = /^urn:(?:x-)?ogc:def:crs:EPSG:[^:]*:(\d+)$/i.exec(name);
  if (match) return reference(match[1], true);
  match = /^https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/[^/]+\/(\d+)$/i.exec(name);
  if (match) return reference(match[1], true);
  return null;
}

function reference(code: string | undefined, registryOrder: boolean): SrsReference {
  const epsg = Number(code);
  const order = registryOrder ? (SUPPORTED[epsg]?.registryOrder ?? 'east_north') : 'east_north';
  return { epsg, declaredOrder: order };
}

export function isSupportedEpsg(epsg: number): boolean {
  return Object.hasOwn(SUPPORTED, epsg);
}

export function epsgName(epsg: number): string {
  return `EPSG:${epsg}`;
}

/**
 * Converts positions as written in the file to WGS84 [longitude, latitude]. The declared axis
 * order is tried first; if the result does not lie in Germany, the other order is tried (the
 * two can never both lie in Germany for these systems: longitudes 5–16° are no German
 * latitudes, and a Gauss-Krüger northing of 5.2–6.1 million is no easting). Returns null when
 * neither order lands in Germany.
 */
export function toWgs84(positions: number[][], srs: SrsReference): number[][] | null {
  const crs = SUPPORTED[srs.epsg];
  if (!crs) throw new RangeError(`Unsupported EPSG code ${srs.epsg}`);
  const converter = crs.proj === null ? null : proj4(crs.proj, WGS84);
  const other: AxisOrder = srs.declaredOrder === 'east_north' ? 'north_east' : 'east_north';
  for (const order of [srs.declaredOrder, other]) {
    const converted = positions.map((position) => {
      const [a = NaN, b = NaN] = position;
      const xy: [number, number] = order === 'east_north' ? [a, b] : [b, a];
      return converter ? converter.forward(xy) : xy;
    });
    if (converted.every(inGermany)) return converted;
  }
  return null;
}

function inGermany(position: number[]): boolean {
  const [lon = NaN, lat = NaN] = position;
  return (
    lon >= GERMANY_BOUNDS.minLon &&
    lon <= GERMANY_BOUNDS.maxLon &&
    lat >= GERMANY_BOUNDS.minLat &&
    lat <= GERMANY_BOUNDS.maxLat
  );
}
