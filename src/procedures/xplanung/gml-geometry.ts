import { xplanErrors } from './xplan-gml.error.js';
import { childElements, inheritedAttribute, type XmlElement } from './xml-tree.js';

export const GML_NS = 'http://www.opengis.net/gml/3.2';

/** A ring as written in the file: positions in file axis order, plus the element it came from. */
export interface SourceRing {
  positions: number[][];
  /** The ring element, to look up its srsName among its ancestors. */
  element: XmlElement;
}

export interface SourcePolygon {
  exterior: SourceRing;
  interiors: SourceRing[];
}

/** Arcs are replaced by chords of at most this angle. */
const ARC_STEP_RADIANS = Math.PI / 36; // 5°

/**
 * The polygons of a GML 3.2 surface geometry: `Polygon`, `Surface` (with `PolygonPatch`es),
 * `MultiSurface`, `CompositeSurface`, `OrientableSurface` and the older `MultiPolygon`. Rings are
 * `LinearRing`s (`posList`, `pos`, or `coordinates`) or `Ring`s of curves whose segments may be
 * `LineStringSegment`s or circular arcs (`Arc`, `ArcString`, `Circle`, densified to 5° chords).
 * Throws `INVALID_GEOMETRY` for anything else.
 */
export function readSurfaces(geometry: XmlElement): SourcePolygon[] {
  if (geometry.ns !== GML_NS) throw xplanErrors.invalidGeometry('not_a_surface', geometry.qname);
  switch (geometry.local) {
    case 'Polygon':
    case 'PolygonPatch':
      return [readPolygon(geometry)];
    case 'Surface':
      return childElements(geometry, GML_NS, 'patches').flatMap((patches) =>
        patches.children.flatMap(readSurfaces),
      );
    case 'MultiSurface':
    case 'CompositeSurface':
    case 'MultiPolygon':
      return members(geometry, ['surfaceMember', 'surfaceMembers', 'polygonMember']).flatMap(
        readSurfaces,
      );
    case 'OrientableSurface':
      return members(geometry, ['baseSurface']).flatMap(readSurfaces);
    default:
      throw xplanErrors.invalidGeometry('not_a_surface', geometry.qname);
  }
}

/** The geometries inside member properties; a member that only links (xlink:href) is refused. */
function members(element: XmlElement, names: string[]): XmlElement[] {
  return element.children
    .filter((child) => child.ns === GML_NS && names.includes(child.local))
    .flatMap((member) => {
      if (member.children.length === 0) {
        throw xplanErrors.invalidGeometry('not_a_surface', member.qname);
      }
      return member.children;
    });
}

function readPolygon(polygon: XmlElement): SourcePolygon {
  const [exterior] = childElements(polygon, GML_NS, 'exterior');
  const ringOf = (boundary: XmlElement): SourceRing => {
    const [ring] = boundary.children;
    if (!ring) throw xplanErrors.invalidGeometry('no_exterior');
    return { positions: readRing(ring), element: ring };
  };
  if (!exterior) throw xplanErrors.invalidGeometry('no_exterior');
  return {
    exterior: ringOf(exterior),
    interiors: childElements(polygon, GML_NS, 'interior').map(ringOf),
  };
}

function readRing(ring: XmlElement): number[][] {
  if (ring.ns === GML_NS && ring.local === 'LinearRing') return readPoints(ring);
  if (ring.ns === GML_NS && ring.local === 'Ring') {
    return joinCurves(
      childElements(ring, GML_NS, 'curveMember').map((member) => {
        const [curve] = member.children;
        if (!curve) throw xplanErrors.invalidGeometry('unsupported_curve', member.qname);
        return readCurve(curve);
      }),
    );
  }
  throw xplanErrors.invalidGeometry('unsupported_curve', ring.qname);
}

function readCurve(curve: XmlElement): number[][] {
  if (curve.ns !== GML_NS) throw xplanErrors.invalidGeometry('unsupported_curve', curve.qname);
  switch (curve.local) {
    case 'LineString':
    case 'LineStringSegment':
      return readPoints(curve);
    case 'Curve':
      return joinCurves(
        childElements(curve, GML_NS, 'segments').flatMap((segments) =>
          segments.children.map(readCurve),
        ),
      );
    case 'CompositeCurve':
      return joinCurves(
        childElements(curve, GML_NS, 'curveMember').flatMap((m) => m.children.map(readCurve)),
      );
    case 'OrientableCurve': {
      const base = childElements(curve, GML_NS, 'baseCurve').flatMap((m) => m.children)[0];
      if (!base) throw xplanErrors.invalidGeometry('unsupported_curve', curve.qname);
      const points = readCurve(base);
      return curve.attributes.orientation === '-' ? points.reverse() : points;
    }
    case 'Arc':
    case 'ArcString':
      return densifyArcString(readPoints(curve));
    case 'Circle':
      return densifyCircle(readPoints(curve));
    default:
      throw xplanErrors.invalidGeometry('unsupported_curve', curve.qname);
  }
}

/** Joins curve pieces, dropping the repeated point where one ends and the next begins. */
function joinCurves(pieces: number[][][]): number[][] {
  const joined: number[][] = [];
  for (const piece of pieces) {
    for (const point of piece) {
      const last = joined[joined.length - 1];
      if (!last || last[0] !== point[0] || last[1] !== point[1]) joined.push(point);
    }
  }
  return joined;
}

/**
 * The 2D positions of an element with `posList`, a sequence of `pos` (or `pointProperty/Point`)
 * or the old `coordinates`. Only the first two axes are kept (`srsDimension` 3 drops heights).
 */
function readPoints(element: XmlElement): number[][] {
  const posList = childElements(element, GML_NS, 'posList')[0];
  if (posList) return chunk(numbers(posList.text), dimensionOf(posList));

  const singles = element.children.flatMap((child) => {
    if (child.ns !== GML_NS) return [];
    if (child.local === 'pos') return [child];
    if (child.local === 'pointProperty' || child.local === 'pointRep') {
      return child.children.flatMap((point) => childElements(point, GML_NS, 'pos'));
    }
    return [];
  });
  if (singles.length > 0) {
    return singles.map((pos) => {
      const values = numbers(pos.text);
      if (values.length < 2) throw xplanErrors.invalidGeometry('bad_coordinates');
      return values.slice(0, 2);
    });
  }

  const coordinates = childElements(element, GML_NS, 'coordinates')[0];
  if (coordinates) {
    const decimal = coordinates.attributes.decimal ?? '.';
    const cs = coordinates.attributes.cs ?? ',';
    return coordinates.text
      .trim()
      .split(/\s+/)
      .filter((tuple) => tuple !== '')
      .map((tuple) => {
        const values = tuple.split(cs).map((v) => toNumber(v.split(decimal).join('.')));
        if (values.length < 2) throw xplanErrors.invalidGeometry('bad_coordinates');
        return values.slice(0, 2);
      });
  }
  throw xplanErrors.invalidGeometry('bad_coordinates', element.qname);
}

function dimensionOf(element: XmlElement): number {
  const value = inheritedAttribute(element, 'srsDimension');
  if (value === null) return 2;
  const dimension = Number(value);
  if (!Number.isInteger(dimension) || dimension < 2 || dimension > 4) {
    throw xplanErrors.invalidGeometry('bad_coordinates', `srsDimension="${value}"`);
  }
  return dimension;
}

function numbers(text: string): number[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/).map(toNumber);
}

function toNumber(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw xplanErrors.invalidGeometry('bad_coordinates', text.slice(0, 40));
  }
  return value;
}

function chunk(values: number[], dimension: number): number[][] {
  if (values.length === 0 || values.length % dimension !== 0) {
    throw xplanErrors.invalidGeometry('bad_coordinates');
  }
  const points: number[][] = [];
  for (let i = 0; i < values.length; i += dimension) {
    points.push([values[i], values[i + 1]]);
  }
  return points;
}

/** An `ArcString` is a chain of three-point arcs: p0 p1 p2, p2 p3 p4, … */
export function densifyArcString(points: number[][]): number[][] {
  if (points.length < 3 || points.length % 2 === 0) {
    throw xplanErrors.invalidGeometry('bad_coordinates', 'gml:ArcString');
  }
  const result: number[][] = [points[0]];
  for (let i = 0; i + 2 < points.length; i += 2) {
    result.push(...arcPoints(points[i], points[i + 1], points[i + 2], false));
  }
  return result;
}

/** A `Circle` is given by three points on it; it closes where it starts. */
export function densifyCircle(points: number[][]): number[][] {
  if (points.length !== 3) throw xplanErrors.invalidGeometry('bad_coordinates', 'gml:Circle');
  const [start, middle, end] = points as [number[], number[], number[]];
  return [start, ...arcPoints(start, middle, end, true)];
}

/**
 * Points after `start` along the circle through start, middle and end, up to `end` (or all
 * the way round to `start` for a full circle). Collinear points are a straight line.
 */
function arcPoints(start: number[], middle: number[], end: number[], full: boolean): number[][] {
  const [x1 = 0, y1 = 0] = start;
  const [x2 = 0, y2 = 0] = middle;
  const [x3 = 0, y3 = 0] = end;
  const d = 2 * (x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2));
  const scale = Math.max(Math.abs(x1 - x3), Math.abs(y1 - y3), Math.abs(x1 - x2), 1e-12);
  if (Math.abs(d) < 1e-12 * scale * scale) {
    if (full) throw xplanErrors.invalidGeometry('bad_coordinates', 'gml:Circle');
    return [middle, end];
  }
  const s1 = x1 * x1 + y1 * y1;
  const s2 = x2 * x2 + y2 * y2;
  const s3 = x3 * x3 + y3 * y3;
  const cx = (s1 * (y2 - y3) + s2 * (y3 - y1) + s3 * (y1 - y2)) / d;
  const cy = (s1 * (x3 - x2) + s2 * (x1 - x3) + s3 * (x2 - x1)) / d;
  const r = Math.hypot(x1 - cx, y1 - cy);
  const a1 = Math.atan2(y1 - cy, x1 - cx);
  const turn = (a: number) => (((a - a1) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const toMiddle = turn(Math.atan2(y2 - cy, x2 - cx));
  const toEnd = turn(Math.atan2(y3 - cy, x3 - cx));
  // Counter-clockwise when the middle point comes first going counter-clockwise from start.
  const counterClockwise = toMiddle < toEnd;
  let sweep: number;
  if (full) sweep = counterClockwise ? 2 * Math.PI : -2 * Math.PI;
  else sweep = counterClockwise ? toEnd : toEnd - 2 * Math.PI;
  const steps = Math.max(2, Math.ceil(Math.abs(sweep) / ARC_STEP_RADIANS));
  const points: number[][] = [];
  for (let i = 1; i < steps; i += 1) {
    const a = a1 + (sweep * i) / steps;
    points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  points.push(full ? start : end);
  return points;
}
