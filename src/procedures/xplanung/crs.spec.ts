import { isSupportedEpsg, parseSrsName, SUPPORTED_EPSG_CODES, toWgs84 } from './crs.js';

describe('srsName forms', () => {
  it.each([
    ['EPSG:25832', 25832, 'east_north'],
    ['epsg:25833', 25833, 'east_north'],
    ['urn:ogc:def:crs:EPSG::25832', 25832, 'east_north'],
    ['urn:x-ogc:def:crs:EPSG:6.18:25832', 25832, 'east_north'],
    ['http://www.opengis.net/def/crs/EPSG/0/25832', 25832, 'east_north'],
    ['http://www.opengis.net/gml/srs/epsg.xml#4326', 4326, 'east_north'],
    ['EPSG:4326', 4326, 'east_north'],
    ['urn:ogc:def:crs:EPSG::4326', 4326, 'north_east'],
    ['urn:ogc:def:crs:EPSG::4258', 4258, 'north_east'],
    ['https://www.opengis.net/def/crs/EPSG/0/31467', 31467, 'north_east'],
    ['CRS:84', 4326, 'east_north'],
    ['  EPSG:31466 ', 31466, 'east_north'],
  ])('%s → EPSG:%i, %s', (srsName, epsg, declaredOrder) => {
    expect(parseSrsName(srsName)).toEqual({ epsg, declaredOrder });
  });

  it.each([['25832'], ['EPSG:'], ['urn:ogc:def:crs:OGC::Foo'], ['ETRS89_UTM32']])(
    'does not read %s',
    (srsName) => {
      expect(parseSrsName(srsName)).toBeNull();
    },
  );

  it('supports the systems of German plans', () => {
    expect([...SUPPORTED_EPSG_CODES].sort((a, b) => a - b)).toEqual([
      4258, 4326, 25832, 25833, 31466, 31467,
    ]);
    expect(isSupportedEpsg(3857)).toBe(false);
    expect(() => toWgs84([[0, 0]], { epsg: 3857, declaredOrder: 'east_north' })).toThrow(
      RangeError,
    );
  });

  it('puts the false easting on the central meridian', () => {
    const lonLat = (epsg: number, position: number[]) => {
      const [[lon = NaN, lat = NaN] = []] =
        toWgs84([position], { epsg, declaredOrder: 'east_north' }) ?? [];
      return { lon, lat };
    };
    // UTM 32: E 500000 is 9° E exactly (ETRS89 and WGS84 agree to well under a metre).
    expect(lonLat(25832, [500000, 5700000]).lon).toBeCloseTo(9, 6);
    // UTM 33: 15° E.
    expect(lonLat(25833, [500000, 5700000]).lon).toBeCloseTo(15, 6);
    // Gauss-Krüger zone 2 (6° E) and 3 (9° E): the DHDN datum shift moves them by ~0.001°.
    expect(lonLat(31466, [2500000, 5700000]).lon).toBeCloseTo(6, 2);
    expect(lonLat(31467, [3500000, 5700000]).lon).toBeCloseTo(9, 2);
    // A northing of 5.7 million metres is about 51.4° N in all of them.
    for (const [epsg, e] of [
      [25832, 500000],
      [31466, 2500000],
    ] as const) {
      const { lat } = lonLat(epsg, [e, 5700000]);
      expect(lat).toBeGreaterThan(51.3);
      expect(lat).toBeLessThan(51.5);
    }
  });
});
