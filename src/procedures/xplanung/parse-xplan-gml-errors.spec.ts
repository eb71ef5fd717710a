import { parseXPlanGml } from './parse-xplan-gml.js';
import {
  bpPlan,
  circle25832,
  errorOf,
  expectCode,
  fixture,
  fixtureText,
  GML,
  scope,
  SQUARE_25832,
  XPLAN54,
} from './parse-xplan-gml.spec-support.js';
describe('parseXPlanGml: errors', () => {
  it('TOO_LARGE above the size limit, 20 MB by default', () => {
    const file = fixture('bp-plan-5-4-huttrop.gml');
    const error = expectCode(file, 'TOO_LARGE', 1000);
    expect(error.details).toEqual({ bytes: file.byteLength, maxBytes: 1000 });
    expect(parseXPlanGml(file, { maxBytes: file.byteLength }).kind).toBe('BP_Plan');
    const big = `<!-- ${'x'.repeat(20 * 1024 * 1024)} -->${fixtureText('bp-plan-5-4-huttrop.gml')}`;
    expectCode(big, 'TOO_LARGE');
    // Multi-byte characters count as bytes, not as characters.
    expectCode('ü'.repeat(600), 'TOO_LARGE', 1000);
  });

  it('TOO_LARGE for absurdly deep nesting', () => {
    const deep = `${'<a>'.repeat(500)}${'</a>'.repeat(500)}`;
    expectCode(deep, 'TOO_LARGE');
  });

  it.each([
    ['empty', ''],
    ['plain text', 'Bebauungsplan 12/21'],
    ['JSON', '{"type":"Polygon","coordinates":[]}'],
    ['an unclosed tag', bpPlan(scope(SQUARE_25832)).replace('</xplan:name>', '')],
    ['two roots', '<a/><b/>'],
    ['an undeclared prefix', '<xplan:XPlanAuszug/>'],
  ])('NOT_XML for %s', (_name, xml) => {
    expectCode(xml, 'NOT_XML');
  });

  it('NOT_XML names the line of a syntax error', () => {
    const error = expectCode(bpPlan(scope(SQUARE_25832)).replace('</xplan:name>', ''), 'NOT_XML');
    expect(error.details.line).toEqual(expect.any(Number));
    expect(error.messages.de).toMatch(/Zeile \d+/);
  });

  it('NOT_XML for a ZIP archive and for bytes that are not UTF-8', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
    expect(expectCode(zip, 'NOT_XML').details).toEqual({ reason: 'zip' });
    const latin1 = Buffer.from(bpPlan(scope(SQUARE_25832)).replace('Testplan', 'Grün'), 'latin1');
    expect(expectCode(latin1, 'NOT_XML').details).toMatchObject({ reason: 'encoding' });
    const ebcdic = Buffer.from(
      bpPlan(scope(SQUARE_25832)).replace('encoding="UTF-8"', 'encoding="EBCDIC-CP-DE"'),
    );
    expect(expectCode(ebcdic, 'NOT_XML').details).toMatchObject({ reason: 'encoding' });
  });

  it('NOT_XML for any DOCTYPE, even a harmless one', () => {
    const xml = bpPlan(scope(SQUARE_25832)).replace(
      '<xplan:XPlanAuszug',
      '<!DOCTYPE xplan:XPlanAuszug>\n<xplan:XPlanAuszug',
    );
    expect(expectCode(xml, 'NOT_XML').details).toEqual({ reason: 'doctype' });
  });

  it('WRONG_NAMESPACE for other XML, naming its namespace', () => {
    const kml = '<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>';
    const error = expectCode(kml, 'WRONG_NAMESPACE');
    expect(error.messages.en).toContain('http://www.opengis.net/kml/2.2');
    expect(expectCode('<XPlanAuszug><BP_Plan/></XPlanAuszug>', 'WRONG_NAMESPACE').details).toEqual({
      namespace: '',
    });
    const typo = bpPlan(scope(SQUARE_25832), 'http://www.xplanung.de/xplangml/5/5');
    expect(expectCode(typo, 'WRONG_NAMESPACE').details).toEqual({
      namespace: 'http://www.xplanung.de/xplangml/5/5',
    });
  });

  it('NO_PLAN when the file holds no BP_Plan or FP_Plan, naming what it holds', () => {
    const xml = `<xplan:XPlanAuszug xmlns:xplan="${XPLAN54}" xmlns:gml="${GML}">
      <gml:featureMember><xplan:RP_Plan gml:id="r"><xplan:name>Regionalplan Ruhr</xplan:name></xplan:RP_Plan></gml:featureMember>
      <gml:featureMember><xplan:BP_Bereich gml:id="b"/></gml:featureMember></xplan:XPlanAuszug>`;
    const error = expectCode(xml, 'NO_PLAN');
    expect(error.messages.en).toContain('RP_Plan');
    expect(error.details).toEqual({ found: 'RP_Plan' });
  });

  it.each([
    ['no raeumlicherGeltungsbereich', ''],
    ['an empty one', '<xplan:raeumlicherGeltungsbereich/>'],
    [
      'an empty MultiSurface',
      '<xplan:raeumlicherGeltungsbereich><gml:MultiSurface srsName="EPSG:25832"/></xplan:raeumlicherGeltungsbereich>',
    ],
  ])('NO_GEOMETRY for %s', (_name, body) => {
    expectCode(bpPlan(body), 'NO_GEOMETRY');
  });

  it('UNSUPPORTED_CRS for other systems and for none at all', () => {
    for (const srs of ['EPSG:3857', 'EPSG:31468', 'urn:ogc:def:crs:EPSG::3035', 'Gauss-Krueger']) {
      const error = expectCode(bpPlan(scope(SQUARE_25832, srs)), 'UNSUPPORTED_CRS');
      expect(error.details).toEqual({ srsName: srs });
      expect(error.messages.de).toContain(srs);
      expect(error.messages.de).toContain('EPSG:25832');
    }
    const none = bpPlan(scope(SQUARE_25832).replace(' srsName="EPSG:25832"', ''));
    expect(expectCode(none, 'UNSUPPORTED_CRS').details).toEqual({ srsName: '' });
  });

  it.each([
    [
      'a point',
      '<gml:Point srsName="EPSG:25832"><gml:pos>363000 5702000</gml:pos></gml:Point>',
      'not_a_surface',
    ],
    ['a foreign element', '<x:Flaeche xmlns:x="urn:x"/>', 'not_a_surface'],
    ['a polygon without exterior', '<gml:Polygon srsName="EPSG:25832"/>', 'no_exterior'],
  ])('INVALID_GEOMETRY for %s', (_name, geometry, problem) => {
    const xml = bpPlan(
      `<xplan:raeumlicherGeltungsbereich>${geometry}</xplan:raeumlicherGeltungsbereich>`,
    );
    expect(expectCode(xml, 'INVALID_GEOMETRY').details).toMatchObject({ problem });
  });

  it.each([
    [
      'a self-intersecting ring (bow tie)',
      '363000 5702000 363200 5702200 363200 5702000 363000 5702200 363000 5702000',
      'self_intersection',
    ],
    ['too few points', '363000 5702000 363200 5702000 363000 5702000', 'ring_too_short'],
    ['an odd number of values', '363000 5702000 363200', 'bad_coordinates'],
    ['text for a number', '363000 5702000 363200 abc 363000 5702000', 'bad_coordinates'],
    ['coordinates that are not in Germany', '0 0 200 0 200 200 0 0', 'outside_germany'],
    ['more than 5,000 positions', circle25832(6_000), 'too_many_positions'],
  ])('INVALID_GEOMETRY for %s', (_name, posList, problem) => {
    const error = expectCode(bpPlan(scope(posList)), 'INVALID_GEOMETRY');
    expect(error.details).toMatchObject({ problem });
  });

  it('maps to a field error on "file" for a 422 problem+json', () => {
    const error = errorOf(fixture('not-xml.gml'));
    expect(error.toFieldError()).toEqual({
      field: 'file',
      code: 'NOT_XML',
      messages: error.messages,
    });
  });
});
