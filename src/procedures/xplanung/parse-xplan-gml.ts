import type { MultiPolygon, Polygon, Position } from 'geojson';
import { areaProblem } from '../../geo/geometry.js';
import { isIsoDate } from '../../phases/deadlines/index.js';
import { epsgName, isSupportedEpsg, parseSrsName, SUPPORTED_CRS_TEXT, toWgs84 } from './crs.js';
import { GML_NS, readSurfaces, type SourceRing } from './gml-geometry.js';
import { isGeometryProblem, xplanErrors } from './xplan-gml.error.js';
import {
  childElements,
  decodeXmlInput,
  descendants,
  firstChild,
  inheritedAttribute,
  parseXmlDocument,
  type XmlElement,
} from './xml-tree.js';

/** The XPlanung versions we read, by namespace URI (XLeitstelle, repository.gdi-de.org). */
export const XPLANUNG_NAMESPACES = {
  'http://www.xplanung.de/xplangml/5/0': '5.0',
  'http://www.xplanung.de/xplangml/5/1': '5.1',
  'http://www.xplanung.de/xplangml/5/2': '5.2',
  'http://www.xplanung.de/xplangml/5/3': '5.3',
  'http://www.xplanung.de/xplangml/5/4': '5.4',
  'http://www.xplanung.de/xplangml/6/0': '6.0',
  'http://www.xplanung.de/xplangml/6/1': '6.1',
} as const;
export type XPlanungVersion = (typeof XPLANUNG_NAMESPACES)[keyof typeof XPLANUNG_NAMESPACES];

/** Every XPlanGML version's namespace starts so (3.0, 4.x, … included). */
const XPLANUNG_NS_STEM = 'http://www.xplanung.de/xplangml/';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export const PLAN_KINDS = ['BP_Plan', 'FP_Plan'] as const;
export type XPlanKind = (typeof PLAN_KINDS)[number];

/** Dates of the plan that occur at most once (xs:date, as `YYYY-MM-DD`). */
export const SINGLE_DATE_FIELDS = [
  'technHerstellDatum',
  'genehmigungsDatum',
  'untergangsDatum',
  'aufstellungsbeschlussDatum',
  'aenderungenBisDatum',
  'veraenderungssperreBeschlussDatum',
  'veraenderungssperreDatum',
  'veraenderungssperreEndDatum',
  'entwurfsbeschlussDatum',
  'satzungsbeschlussDatum',
  'rechtsverordnungsDatum',
  'planbeschlussDatum',
  'inkrafttretensDatum',
  'wirksamkeitsDatum',
  'ausfertigungsDatum',
] as const;
/** Dates that may repeat, one per participation round; the n-th start pairs with the n-th end. */
export const MULTI_DATE_FIELDS = [
  'auslegungsStartDatum',
  'auslegungsEndDatum',
  'traegerbeteiligungsStartDatum',
  'traegerbeteiligungsEndDatum',
] as const;

export type XPlanDates = {
  [K in (typeof SINGLE_DATE_FIELDS)[number]]?: string;
} & {
  [K in (typeof MULTI_DATE_FIELDS)[number]]?: string[];
};

/** A proposal for a draft procedure, read from an XPlanGML file; the planner checks it. */
export interface XPlanGmlProposal {
  /** `xplan:name`; '' when the plan has none (the schema requires one). */
  name: string;
  /** `xplan:nummer`, e.g. `12/21`. */
  number: string | null;
  kind: XPlanKind;
  /** XPlanung version of the file's namespace. */
  xplanVersion: XPlanungVersion;
  /** `raeumlicherGeltungsbereich` in WGS84, RFC 7946 ring orientation, 7 decimals (~1 cm). */
  area: Polygon | MultiPolygon;
  /** The source system as `EPSG:n`, whatever form the file used. */
  sourceCrs: string;
  dates: XPlanDates;
  /** `gemeinde/XP_Gemeinde/ortsteilName` (several joined with ", "). */
  district?: string;
}

export interface ParseXPlanGmlOptions {
  /** Larger files are refused with `TOO_LARGE`; default 20 MB. */
  maxBytes?: number;
}

/**
 * Reads the plan (BP_Plan or FP_Plan) of an XPlanGML 5.x/6.x file: name, number, dates,
 * district and the boundary of `raeumlicherGeltungsbereich`, converted to WGS84. Throws
 * `XPlanGmlError` with a stable code for every file it cannot use.
 */
export function parseXPlanGml(
  xml: string | Buffer,
  options: ParseXPlanGmlOptions = {},
): XPlanGmlProposal {
  const root = parseXmlDocument(decodeXmlInput(xml, options.maxBytes ?? DEFAULT_MAX_BYTES));
  const { plan, ns } = findPlan(root);
  const kind = plan.local as XPlanKind;

  const scope = firstChild(plan, ns, 'raeumlicherGeltungsbereich');
  const geometry = scope?.children[0];
  if (!geometry) throw xplanErrors.noGeometry(kind);
  const polygons = readSurfaces(geometry);
  if (polygons.length === 0) throw xplanErrors.noGeometry(kind);
  const { area, sourceCrs } = toArea(polygons, plan, root);

  const proposal: XPlanGmlProposal = {
    name: textOf(firstChild(plan, ns, 'name') ?? firstChild(plan, GML_NS, 'name')) ?? '',
    number: textOf(firstChild(plan, ns, 'nummer')),
    kind,
    xplanVersion: XPLANUNG_NAMESPACES[ns],
    area,
    sourceCrs,
    dates: readDates(plan, ns),
  };
  const district = readDistrict(plan, ns);
  if (district) proposal.district = district;
  return proposal;
}

type XPlanNamespace = keyof typeof XPLANUNG_NAMESPACES;

function isXPlanNamespace(ns: string): ns is XPlanNamespace {
  return Object.hasOwn(XPLANUNG_NAMESPACES, ns);
}

function findPlan(root: XmlElement): { plan: XmlElement; ns: XPlanNamespace } {
  let supported = false;
  let otherXPlanNs: string | null = null;
  const otherPlans = new Set<string>();
  for (const element of descendants(root)) {
    if (isXPlanNamespace(element.ns)) {
      supported = true;
      if ((PLAN_KINDS as readonly string[]).includes(element.local)) {
        return { plan: element, ns: element.ns };
      }
      if (/^[A-Z]{2}_Plan$/.test(element.local)) otherPlans.add(element.local);
    } else if (element.ns.startsWith(XPLANUNG_NS_STEM)) {
      otherXPlanNs ??= element.ns;
    }
  }
  if (!supported) throw xplanErrors.wrongNamespace(otherXPlanNs ?? root.ns);
  throw xplanErrors.noPlan([...otherPlans]);
}

function toArea(
  polygons: ReturnType<typeof readSurfaces>,
  plan: XmlElement,
  root: XmlElement,
): { area: Polygon | MultiPolygon; sourceCrs: string } {
  const fallbackSrs = envelopeSrsName(plan) ?? envelopeSrsName(root);
  const systems: string[] = [];

  const convert = (ring: SourceRing, exterior: boolean): Position[] => {
    const srsName = inheritedAttribute(ring.element, 'srsName') ?? fallbackSrs;
    if (srsName === null) throw xplanErrors.noCrs();
    const srs = parseSrsName(srsName);
    if (!srs || !isSupportedEpsg(srs.epsg)) {
      throw xplanErrors.unsupportedCrs(srsName, SUPPORTED_CRS_TEXT);
    }
    systems.push(epsgName(srs.epsg));
    const wgs84 = toWgs84(ring.positions, srs);
    if (!wgs84) throw xplanErrors.invalidGeometry('outside_germany');
    return orient(closeRing(round(wgs84)), exterior);
  };

  const rings = polygons.map((polygon) => [
    convert(polygon.exterior, true),
    ...polygon.interiors.map((ring) => convert(ring, false)),
  ]);
  const area: Polygon | MultiPolygon =
    rings.length === 1
      ? { type: 'Polygon', coordinates: rings[0] }
      : { type: 'MultiPolygon', coordinates: rings };
  const problem = areaProblem(area);
  if (problem !== null) {
    throw xplanErrors.invalidGeometry(isGeometryProblem(problem) ? problem : 'other');
  }
  return { area, sourceCrs: systems[0] };
}

function envelopeSrsName(feature: XmlElement): string | null {
  for (const boundedBy of childElements(feature, GML_NS, 'boundedBy')) {
    for (const envelope of boundedBy.children) {
      const srsName = envelope.attributes.srsName?.trim();
      if (srsName) return srsName;
    }
  }
  return null;
}

/** 7 decimals of a degree is about 1 cm; drops points that become repeats. */
function round(positions: number[][]): Position[] {
  const rounded: Position[] = [];
  for (const [lon = NaN, lat = NaN] of positions) {
    const point = [Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) rounded.push(point);
  }
  return rounded;
}

/** GML requires closed rings; one that is not is closed rather than refused. */
function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([...first]);
  return ring;
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
function orient(ring: Position[], exterior: boolean): Position[] {
  const counterClockwise = signedArea(ring) > 0;
  return counterClockwise === exterior ? ring : ring.reverse();
}

/** Twice the signed area (shoelace); positive when counter-clockwise in lon/lat. */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i];
    const [x2 = 0, y2 = 0] = ring[i + 1];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function readDates(plan: XmlElement, ns: string): XPlanDates {
  const dates: XPlanDates = {};
  for (const field of SINGLE_DATE_FIELDS) {
    const value = dateOf(firstChild(plan, ns, field));
    if (value) dates[field] = value;
  }
  for (const field of MULTI_DATE_FIELDS) {
    const values = childElements(plan, ns, field)
      .map(dateOf)
      .filter((value): value is string => value !== null);
    if (values.length > 0) dates[field] = values;
  }
  return dates;
}

/** An xs:date, possibly with a zone (`2024-03-04+01:00`, `2024-03-04Z`): the calendar date. */
function dateOf(element: XmlElement | null): string | null {
  const text = textOf(element);
  const date = text && /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/.exec(text)?.[1];
  return date && isIsoDate(date) ? date : null;
}

function readDistrict(plan: XmlElement, ns: string): string | undefined {
  const names = childElements(plan, ns, 'gemeinde')
    .flatMap((gemeinde) => childElements(gemeinde, ns, 'XP_Gemeinde'))
    .map((gemeinde) => textOf(firstChild(gemeinde, ns, 'ortsteilName')))
    .filter((name): name is string => name !== null);
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

/** Trimmed text with inner whitespace collapsed; null when empty. */
function textOf(element: XmlElement | null): string | null {
  const text = element?.text.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
