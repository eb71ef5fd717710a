import type { MultiPolygon, Polygon, Position } from 'geojson';
import { areaProblem } from '../../geo/geometry.js';
import { parseXPlanGml } from './parse-xplan-gml.js';
import {
  bpPlan,
  expectCode,
  expectInEssen,
  expectRfc7946Orientation,
  fixture,
  fixtureText,
  GML,
  scope,
  SQUARE_25832,
  XPLAN54,
} from './parse-xplan-gml.spec-support.js';
describe('parseXPlanGml: fixtures', () => {
  it('reads a XPlanGML 5.4 BP_Plan with a simple polygon and its procedure dates', () => {
    const plan = parseXPlanGml(fixture('bp-plan-5-4-huttrop.gml'));
    expect(plan).toMatchObject({
      name: 'Steeler Straße / Töpferstraße – Wohnen & Arbeiten',
      number: '12/21',
      kind: 'BP_Plan',
      xplanVersion: '5.4',
      sourceCrs: 'EPSG:25832',
      district: 'Huttrop',
    });
    expect(plan.dates).toEqual({
      technHerstellDatum: '2025-04-02',
      aufstellungsbeschlussDatum: '2023-06-14',
      auslegungsStartDatum: ['2024-03-04', '2024-09-02'],
      auslegungsEndDatum: ['2024-04-05', '2024-09-20'],
      traegerbeteiligungsStartDatum: ['2024-03-04'],
      traegerbeteiligungsEndDatum: ['2024-04-05'],
      satzungsbeschlussDatum: '2025-02-12',
      inkrafttretensDatum: '2025-03-21',
    });
    expect(plan.area.type).toBe('Polygon');
    const ring = (plan.area as Polygon).coordinates[0];
    expect(ring).toHaveLength(7);
    expect(ring[0]).toEqual(ring[6]);
    expectInEssen(plan.area);
    expectRfc7946Orientation(plan.area);
    expect(areaProblem(plan.area)).toBeNull();
    // 7 decimals at most.
    for (const [lon, lat] of ring) {
      expect(Math.round(lon * 1e7) / 1e7).toBe(lon);
      expect(Math.round(lat * 1e7) / 1e7).toBe(lat);
    }
  });

  it('reads a XPlanGML 6.0 MultiSurface of two polygons, keeping the hole', () => {
    const plan = parseXPlanGml(fixture('bp-plan-6-0-stoppenberg.gml'));
    expect(plan).toMatchObject({
      name: 'Im Mühlenbruch',
      number: '7/23',
      kind: 'BP_Plan',
      xplanVersion: '6.0',
      sourceCrs: 'EPSG:25832',
      district: 'Stoppenberg',
      dates: {
        aufstellungsbeschlussDatum: '2023-11-08',
        auslegungsStartDatum: ['2025-02-03'],
        auslegungsEndDatum: ['2025-03-04'],
        traegerbeteiligungsStartDatum: ['2025-02-03'],
        traegerbeteiligungsEndDatum: ['2025-03-04'],
      },
    });
    const area = plan.area as MultiPolygon;
    expect(area.type).toBe('MultiPolygon');
    expect(area.coordinates).toHaveLength(2);
    const [withHole, plain] = area.coordinates as [Position[][], Position[][]];
    expect(withHole).toHaveLength(2); // exterior + hole
    expect(withHole[1]).toHaveLength(5);
    expect(plain).toHaveLength(1);
    expect(plain[0]).toHaveLength(5); // read from gml:pos elements
    // The file has the exterior clockwise and the hole counter-clockwise; both are turned.
    expectRfc7946Orientation(area);
    expectInEssen(area);
    expect(areaProblem(area)).toBeNull();
    // The hole lies inside its exterior.
    const lons = (ring: Position[]) => ring.map((p) => p[0]);
    const lats = (ring: Position[]) => ring.map((p) => p[1]);
    const [outer, hole] = withHole as [Position[], Position[]];
    expect(Math.min(...lons(hole))).toBeGreaterThan(Math.min(...lons(outer)));
    expect(Math.max(...lons(hole))).toBeLessThan(Math.max(...lons(outer)));
    expect(Math.min(...lats(hole))).toBeGreaterThan(Math.min(...lats(outer)));
    expect(Math.max(...lats(hole))).toBeLessThan(Math.max(...lats(outer)));
  });

  it('reads an FP_Plan in the default namespace, with the CRS only on the file envelope', () => {
    const plan = parseXPlanGml(fixture('fp-plan-5-1-altenessen.gml'));
    expect(plan).toMatchObject({
      name: 'RFNP-Änderung Nr. 14 – Altenessen-Süd / Kraftwerkstraße',
      number: '14',
      kind: 'FP_Plan',
      xplanVersion: '5.1',
      sourceCrs: 'EPSG:25832',
      district: 'Altenessen-Süd',
    });
    expect(plan.dates).toEqual({
      technHerstellDatum: '2024-06-10',
      aufstellungsbeschlussDatum: '2022-09-28',
      auslegungsStartDatum: ['2023-05-15'],
      auslegungsEndDatum: ['2023-06-16'],
      traegerbeteiligungsStartDatum: ['2023-05-15'],
      traegerbeteiligungsEndDatum: ['2023-06-16'],
      planbeschlussDatum: '2024-02-21',
      wirksamkeitsDatum: '2024-06-07',
    });
    // Two LineStringSegments joined at their shared point: 4 corners + closing point.
    expect((plan.area as Polygon).coordinates[0]).toHaveLength(5);
    expectInEssen(plan.area);
    expectRfc7946Orientation(plan.area);
  });

  it('refuses XPlanGML 4.1, naming the namespace it found', () => {
    const error = expectCode(fixture('wrong-namespace-4-1.gml'), 'WRONG_NAMESPACE');
    expect(error.messages.en).toContain('http://www.xplanung.de/xplangml/4/1');
    expect(error.messages.de).toContain('http://www.xplanung.de/xplangml/4/1');
    expect(error.details).toEqual({ namespace: 'http://www.xplanung.de/xplangml/4/1' });
  });

  it('refuses a file that is not XML', () => {
    expectCode(fixture('not-xml.gml'), 'NOT_XML');
  });

  it('refuses a DTD with external and nested entities before expanding anything', () => {
    const error = expectCode(fixture('dtd-entity.gml'), 'NOT_XML');
    expect(error.details).toEqual({ reason: 'doctype' });
    expect(error.messages.de).toContain('DOCTYPE');
  });
});

describe('parseXPlanGml: reading', () => {
  it('matches elements by namespace, whatever the prefixes', () => {
    const original = fixtureText('bp-plan-5-4-huttrop.gml');
    const renamed = original
      .replaceAll('xplan:', 'xp:')
      .replaceAll('xmlns:xplan=', 'xmlns:xp=')
      .replaceAll('gml:', 'g:')
      .replaceAll('xmlns:gml=', 'xmlns:g=');
    expect(renamed).toContain('<xp:BP_Plan g:id=');
    expect(parseXPlanGml(renamed)).toEqual(parseXPlanGml(original));
  });

  it('gives the same result for a string and a Buffer', () => {
    expect(parseXPlanGml(fixtureText('bp-plan-6-0-stoppenberg.gml'))).toEqual(
      parseXPlanGml(fixture('bp-plan-6-0-stoppenberg.gml')),
    );
  });

  it('ignores elements of the same name in other namespaces', () => {
    const xml = bpPlan(
      `<other:name xmlns:other="urn:other">Falsch</other:name>${scope(SQUARE_25832)}`,
    );
    expect(parseXPlanGml(xml).name).toBe('Testplan');
  });

  it('reads a plan inside a WFS FeatureCollection', () => {
    const xml = `<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0"
        xmlns:xplan="${XPLAN54}" xmlns:gml="${GML}">
      <wfs:member><xplan:BP_Plan gml:id="a"><xplan:name>Aus dem WFS</xplan:name>
        ${scope(SQUARE_25832)}</xplan:BP_Plan></wfs:member></wfs:FeatureCollection>`;
    expect(parseXPlanGml(xml)).toMatchObject({ name: 'Aus dem WFS', number: null });
  });

  it('reads XPlanGML 6.1 and the other 5.x namespaces', () => {
    for (const version of ['5.0', '5.1', '5.2', '5.3', '5.4', '6.0', '6.1']) {
      const ns = `http://www.xplanung.de/xplangml/${version.replace('.', '/')}`;
      expect(parseXPlanGml(bpPlan(scope(SQUARE_25832), ns)).xplanVersion).toBe(version);
    }
  });

  it('decodes character references and keeps CDATA literal', () => {
    const xml = bpPlan(
      `<xplan:nummer>N&#252;mmer &#x2116; 5 &amp;amp; <![CDATA[&amp; <roh>]]></xplan:nummer>${scope(SQUARE_25832)}`,
    );
    expect(parseXPlanGml(xml).number).toBe('Nümmer № 5 &amp; &amp; <roh>');
  });

  it('reads a file declared as ISO-8859-1', () => {
    const xml = bpPlan(scope(SQUARE_25832))
      .replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
      .replace('Testplan', 'Grünzug Süd');
    expect(parseXPlanGml(Buffer.from(xml, 'latin1')).name).toBe('Grünzug Süd');
  });

  it('accepts a UTF-8 byte order mark', () => {
    const xml = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(bpPlan(scope(SQUARE_25832))),
    ]);
    expect(parseXPlanGml(xml).name).toBe('Testplan');
  });

  it('reads dates with a time zone and skips dates that are not dates', () => {
    const xml = bpPlan(`${scope(SQUARE_25832)}
      <xplan:aufstellungsbeschlussDatum>2024-03-04+01:00</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2024-13-01</xplan:auslegungsStartDatum>
      <xplan:auslegungsStartDatum> 2024-05-06Z </xplan:auslegungsStartDatum>
      <xplan:satzungsbeschlussDatum>bald</xplan:satzungsbeschlussDatum>`);
    expect(parseXPlanGml(xml).dates).toEqual({
      aufstellungsbeschlussDatum: '2024-03-04',
      auslegungsStartDatum: ['2024-05-06'],
    });
  });

  it('joins several districts and leaves district out when there is none', () => {
    const gemeinde = (ortsteil: string) =>
      `<xplan:gemeinde><xplan:XP_Gemeinde><xplan:ags>05113000</xplan:ags>${ortsteil}</xplan:XP_Gemeinde></xplan:gemeinde>`;
    const two = bpPlan(
      scope(SQUARE_25832) +
        gemeinde('<xplan:ortsteilName>Frillendorf</xplan:ortsteilName>') +
        gemeinde('<xplan:ortsteilName>Kray</xplan:ortsteilName>') +
        gemeinde('<xplan:ortsteilName>Kray</xplan:ortsteilName>'),
    );
    expect(parseXPlanGml(two).district).toBe('Frillendorf, Kray');
    const none = parseXPlanGml(bpPlan(scope(SQUARE_25832) + gemeinde('')));
    expect(none).not.toHaveProperty('district');
  });

  it('converts EPSG:25832 accurately (Essen Hauptbahnhof)', () => {
    // A 20 m square whose south-west corner is E 362012.5 N 5701883.7, Essen Hbf at about
    // 51.4513° N 7.0141° E.
    const xml = bpPlan(
      scope(
        '362012.5 5701883.7 362032.5 5701883.7 362032.5 5701903.7 362012.5 5701903.7 362012.5 5701883.7',
      ),
    );
    const [lon, lat] = (parseXPlanGml(xml).area as Polygon).coordinates[0][0];
    expect(lon).toBeCloseTo(7.0141, 3);
    expect(lat).toBeCloseTo(51.4513, 3);
  });

  it('drops heights with srsDimension 3', () => {
    const xml = bpPlan(
      scope(SQUARE_25832.replace(/(\d+ \d+)/g, '$1 75.5')).replace(
        '<gml:posList>',
        '<gml:posList srsDimension="3">',
      ),
    );
    const plain = parseXPlanGml(bpPlan(scope(SQUARE_25832)));
    expect(parseXPlanGml(xml).area).toEqual(plain.area);
  });

  it('closes a ring the file left open', () => {
    const open = '363000 5702000 363200 5702000 363200 5702200 363000 5702200';
    const plan = parseXPlanGml(bpPlan(scope(open)));
    expect(plan.area).toEqual(parseXPlanGml(bpPlan(scope(SQUARE_25832))).area);
  });

  it('densifies circular arcs', () => {
    // A half disc of radius 100 m: straight along the south, an arc over the north.
    const xml = bpPlan(`<xplan:raeumlicherGeltungsbereich>
      <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:Ring><gml:curveMember><gml:Curve>
        <gml:segments>
          <gml:LineStringSegment><gml:posList>363000 5702000 363200 5702000</gml:posList></gml:LineStringSegment>
          <gml:Arc><gml:posList>363200 5702000 363100 5702100 363000 5702000</gml:posList></gml:Arc>
        </gml:segments>
      </gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon>
    </xplan:raeumlicherGeltungsbereich>`);
    const plan = parseXPlanGml(xml);
    const ring = (plan.area as Polygon).coordinates[0];
    expect(ring.length).toBeGreaterThanOrEqual(37); // 180° in 5° steps, plus the base
    expect(areaProblem(plan.area)).toBeNull();
    expectRfc7946Orientation(plan.area);
    // The arc bulges north: its top lies about 100 m (≈ 0.0009°) north of the base line.
    const base = Math.min(...ring.map((p) => p[1]));
    const top = Math.max(...ring.map((p) => p[1]));
    expect((top - base) * 111_200).toBeCloseTo(100, -1);
  });
});

describe('parseXPlanGml: coordinate reference systems', () => {
  const lonLatSquare = '7.01 51.45 7.02 51.45 7.02 51.46 7.01 51.46 7.01 51.45';
  const latLonSquare = '51.45 7.01 51.45 7.02 51.46 7.02 51.46 7.01 51.45 7.01';
  const firstPoint = (xml: string) => (parseXPlanGml(xml).area as Polygon).coordinates[0]?.[0];

  it.each([
    ['EPSG:25832'],
    ['urn:ogc:def:crs:EPSG::25832'],
    ['urn:ogc:def:crs:EPSG:6.9:25832'],
    ['http://www.opengis.net/def/crs/EPSG/0/25832'],
    ['http://www.opengis.net/gml/srs/epsg.xml#25832'],
  ])('reads the srsName form %s', (srsName) => {
    const plan = parseXPlanGml(bpPlan(scope(SQUARE_25832, srsName)));
    expect(plan.sourceCrs).toBe('EPSG:25832');
    expectInEssen(plan.area);
  });

  it('reads latitude first for EPSG:4326 and 4258 in URN and URI form', () => {
    for (const srs of [
      'urn:ogc:def:crs:EPSG::4326',
      'urn:ogc:def:crs:EPSG::4258',
      'http://www.opengis.net/def/crs/EPSG/0/4326',
    ]) {
      expect(firstPoint(bpPlan(scope(latLonSquare, srs)))).toEqual([7.01, 51.45]);
    }
  });

  it('reads longitude first for the short form EPSG:4326 and for CRS84', () => {
    expect(firstPoint(bpPlan(scope(lonLatSquare, 'EPSG:4326')))).toEqual([7.01, 51.45]);
    expect(firstPoint(bpPlan(scope(lonLatSquare, 'urn:ogc:def:crs:OGC:1.3:CRS84')))).toEqual([
      7.01, 51.45,
    ]);
  });

  it('corrects a file that writes the other axis order than its srsName says', () => {
    expect(firstPoint(bpPlan(scope(lonLatSquare, 'urn:ogc:def:crs:EPSG::4326')))).toEqual([
      7.01, 51.45,
    ]);
    expect(firstPoint(bpPlan(scope(latLonSquare, 'EPSG:4326')))).toEqual([7.01, 51.45]);
  });

  it('agrees within a few metres between UTM, Gauss-Krüger (both axis orders) and ETRS89', () => {
    // E 363000 N 5702000 (UTM 32) is about E 2571517.6 N 5702500.0 in Gauss-Krüger zone 2
    // (DHDN with the 7-parameter shift); written as E,N and, in the URN form, as N,E.
    const utm = firstPoint(bpPlan(scope(SQUARE_25832, 'EPSG:25832')));
    const [e, n] = [2571517.6, 5702500.0];
    const gk = [
      [e, n],
      [e + 200, n],
      [e + 200, n + 200],
      [e, n + 200],
      [e, n],
    ]
      .flat()
      .join(' ');
    const gkSwapped = gk.replace(/([\d.]+) ([\d.]+)/g, '$2 $1');
    const viaGk = firstPoint(bpPlan(scope(gk, 'EPSG:31466')));
    const viaGkUrn = firstPoint(bpPlan(scope(gkSwapped, 'urn:ogc:def:crs:EPSG::31466')));
    const metres = (a: Position, b: Position) =>
      Math.hypot(
        (a[0] - b[0]) * 111_320 * Math.cos((51.45 * Math.PI) / 180),
        (a[1] - b[1]) * 111_320,
      );
    expect(metres(utm, viaGk)).toBeLessThan(1);
    expect(viaGkUrn).toEqual(viaGk);
    // EPSG:25833 is the neighbouring zone: the same place has other numbers there.
    const plan33 = parseXPlanGml(
      bpPlan(scope('-53500 5730400 -53300 5730400 -53300 5730600 -53500 5730400', 'EPSG:25833')),
    );
    expect(plan33.sourceCrs).toBe('EPSG:25833');
    expectInEssen(plan33.area);
  });

  it('takes the srsName from the plan envelope when the geometry has none', () => {
    const xml = bpPlan(
      `<gml:boundedBy><gml:Envelope srsName="EPSG:25832"><gml:lowerCorner>0 0</gml:lowerCorner><gml:upperCorner>1 1</gml:upperCorner></gml:Envelope></gml:boundedBy>
      ${scope(SQUARE_25832).replace(' srsName="EPSG:25832"', '')}`,
    );
    expect(parseXPlanGml(xml).sourceCrs).toBe('EPSG:25832');
  });
});
