/** Fixtures and helpers shared by the XPlanGML parser's unit tests (not compiled into dist). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { parseXPlanGml, signedArea } from './parse-xplan-gml.js';
import { XPlanGmlError, type XPlanGmlErrorCode } from './xplan-gml.error.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'xplanung');
export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));
export const fixtureText = (name: string): string => fixture(name).toString('utf8');

export const XPLAN54 = 'http://www.xplanung.de/xplangml/5/4';
export const GML = 'http://www.opengis.net/gml/3.2';

/** A minimal XPlanGML 5.4 file around a BP_Plan body. */
export function bpPlan(body: string, ns = XPLAN54): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xplan:XPlanAuszug xmlns:xplan="${ns}" xmlns:gml="${GML}" gml:id="GML_1">
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_2">
      <xplan:name>Testplan</xplan:name>
      ${body}
    </xplan:BP_Plan>
  </gml:featureMember>
</xplan:XPlanAuszug>`;
}

/** A Geltungsbereich with one polygon whose exterior ring has the given posList. */
export function scope(posList: string, srsName = 'EPSG:25832'): string {
  return `<xplan:raeumlicherGeltungsbereich>
    <gml:Polygon srsName="${srsName}"><gml:exterior><gml:LinearRing>
      <gml:posList>${posList}</gml:posList>
    </gml:LinearRing></gml:exterior></gml:Polygon>
  </xplan:raeumlicherGeltungsbereich>`;
}

export const SQUARE_25832 =
  '363000 5702000 363200 5702000 363200 5702200 363000 5702200 363000 5702000';

/** A closed ring of `n` points on a circle of 100 m around a point in Essen, as a posList. */
export function circle25832(n: number): string {
  const points = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    return `${(363100 + 100 * Math.cos(a)).toFixed(3)} ${(5702100 + 100 * Math.sin(a)).toFixed(3)}`;
  });
  return [...points, points[0]].join(' ');
}

export function allPositions(area: Polygon | MultiPolygon): Position[] {
  return area.type === 'Polygon' ? area.coordinates.flat() : area.coordinates.flat(2);
}

export function expectInEssen(area: Polygon | MultiPolygon): void {
  for (const [lon, lat] of allPositions(area)) {
    expect(lon).toBeGreaterThan(6.9);
    expect(lon).toBeLessThan(7.15);
    expect(lat).toBeGreaterThan(51.34);
    expect(lat).toBeLessThan(51.54);
  }
}

export function expectRfc7946Orientation(area: Polygon | MultiPolygon): void {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  for (const [exterior, ...holes] of polygons) {
    expect(signedArea(exterior)).toBeGreaterThan(0);
    for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
  }
}

/** Runs the parser and returns its XPlanGmlError, failing the test if it throws none. */
export function errorOf(xml: string | Buffer, maxBytes?: number): XPlanGmlError {
  try {
    parseXPlanGml(xml, maxBytes === undefined ? {} : { maxBytes });
  } catch (error) {
    expect(error).toBeInstanceOf(XPlanGmlError);
    const e = error as XPlanGmlError;
    expect(e.messages.de.length).toBeGreaterThan(10);
    expect(e.messages.en.length).toBeGreaterThan(10);
    expect(e.message).toBe(e.messages.en);
    return e;
  }
  throw new Error('expected an XPlanGmlError');
}

export function expectCode(xml: string | Buffer, code: XPlanGmlErrorCode, maxBytes?: number) {
  const error = errorOf(xml, maxBytes);
  expect(error.code).toBe(code);
  return error;
}
