import type { FieldError, Messages } from '../../common/errors/error-codes.js';

export const XPLAN_GML_ERROR_CODES = [
  'NOT_XML',
  'WRONG_NAMESPACE',
  'NO_PLAN',
  'NO_GEOMETRY',
  'UNSUPPORTED_CRS',
  'INVALID_GEOMETRY',
  'TOO_LARGE',
] as const;
export type XPlanGmlErrorCode = (typeof XPLAN_GML_ERROR_CODES)[number];

/** The request field the file arrives in; a controller reports every import error there. */
export const XPLAN_GML_FIELD = 'file';

/**
 * Why an XPlanGML file cannot become a procedure draft. `code` is stable for clients; the
 * texts are for people. A controller maps it to 422 problem+json with one field error via
 * `toFieldError()`.
 */
export class XPlanGmlError extends Error {
  constructor(
    readonly code: XPlanGmlErrorCode,
    readonly messages: Messages,
    /** Machine-readable facts of the case, e.g. `{ namespace }` or `{ srsName }`. */
    readonly details: Record<string, string | number> = {},
  ) {
    super(messages.en);
    this.name = 'XPlanGmlError';
  }

  toFieldError(): FieldError {
    return { field: XPLAN_GML_FIELD, code: this.code, messages: this.messages };
  }
}

/** Why a Geltungsbereich is not an area: our own checks and those of `areaProblem`. */
const GEOMETRY_PROBLEMS = {
  not_a_surface: {
    de: 'erwartet wird eine Fläche (gml:Polygon, gml:Surface oder gml:MultiSurface)',
    en: 'expected a surface (gml:Polygon, gml:Surface or gml:MultiSurface)',
  },
  no_exterior: {
    de: 'eine Teilfläche hat keinen äußeren Ring',
    en: 'a part has no exterior ring',
  },
  bad_coordinates: {
    de: 'Koordinaten fehlen, sind keine Zahlen oder passen nicht zur Dimension',
    en: 'coordinates are missing, not numbers or do not match the dimension',
  },
  unsupported_curve: {
    de: 'diese Kurvenart wird nicht unterstützt',
    en: 'this kind of curve is not supported',
  },
  outside_germany: {
    de: 'sie liegt nicht in Deutschland – passt das Koordinatenreferenzsystem zu den Koordinaten?',
    en: 'it does not lie in Germany – does the coordinate reference system match the coordinates?',
  },
  ring_too_short: {
    de: 'ein Ring hat weniger als vier Punkte',
    en: 'a ring has fewer than four points',
  },
  ring_not_closed: { de: 'ein Ring ist nicht geschlossen', en: 'a ring is not closed' },
  self_intersection: {
    de: 'Ringe schneiden sich selbst oder einander',
    en: 'rings intersect themselves or each other',
  },
  too_many_positions: {
    de: 'sie hat mehr Punkte, als eine Plangebietsfläche haben darf (höchstens 5.000)',
    en: 'it has more positions than a plan area may have (at most 5,000)',
  },
  zero_area: {
    de: 'ein Ring hat keinen Flächeninhalt (alle Punkte auf einer Linie)',
    en: 'a ring encloses no area (all its points lie on one line)',
  },
  invalid_position: {
    de: 'Koordinaten liegen außerhalb von Länge/Breite',
    en: 'coordinates lie outside longitude/latitude',
  },
  other: { de: 'die Geometrie ist fehlerhaft', en: 'the geometry is malformed' },
} as const satisfies Record<string, Messages>;
export type GeometryProblem = keyof typeof GEOMETRY_PROBLEMS;

export function isGeometryProblem(value: string): value is GeometryProblem {
  return Object.hasOwn(GEOMETRY_PROBLEMS, value);
}

/** The messages of every code, in one place so they stay consistent. */
export const xplanErrors = {
  tooLarge: (bytes: number, maxBytes: number) =>
    new XPlanGmlError(
      'TOO_LARGE',
      {
        de: `Die Datei ist zu groß (${megabytes(bytes)} MB, höchstens ${megabytes(maxBytes)} MB).`,
        en: `The file is too large (${megabytes(bytes)} MB, at most ${megabytes(maxBytes)} MB).`,
      },
      { bytes, maxBytes },
    ),
  tooDeep: () =>
    new XPlanGmlError('TOO_LARGE', {
      de: 'Die Datei ist zu tief verschachtelt, um als XPlanGML gelesen zu werden.',
      en: 'The file is nested too deeply to be read as XPlanGML.',
    }),
  notXml: (line: number | null, reason: string) =>
    new XPlanGmlError(
      'NOT_XML',
      {
        de: `Die Datei ist keine gültige XML-Datei${line === null ? '' : ` (Fehler in Zeile ${line})`}.`,
        en: `The file is not well-formed XML${line === null ? '' : ` (error in line ${line})`}.`,
      },
      line === null ? { reason } : { reason, line },
    ),
  zipArchive: () =>
    new XPlanGmlError(
      'NOT_XML',
      {
        de: 'Die Datei ist ein ZIP-Archiv. Bitte laden Sie die darin enthaltene XPlanGML-Datei (.gml) hoch.',
        en: 'The file is a ZIP archive. Please upload the XPlanGML file (.gml) it contains.',
      },
      { reason: 'zip' },
    ),
  doctype: () =>
    new XPlanGmlError(
      'NOT_XML',
      {
        de: 'Die Datei enthält eine Dokumenttyp-Deklaration (DOCTYPE/ENTITY). XPlanGML braucht keine; aus Sicherheitsgründen werden solche Dateien nicht gelesen.',
        en: 'The file contains a document type declaration (DOCTYPE/ENTITY). XPlanGML needs none; for security such files are not read.',
      },
      { reason: 'doctype' },
    ),
  encoding: (encoding: string) =>
    new XPlanGmlError(
      'NOT_XML',
      {
        de: `Die Zeichenkodierung ${encoding} wird nicht unterstützt oder passt nicht zum Inhalt. Bitte speichern Sie die Datei als UTF-8.`,
        en: `The character encoding ${encoding} is not supported or does not match the content. Please save the file as UTF-8.`,
      },
      { reason: 'encoding', encoding },
    ),
  wrongNamespace: (namespace: string) =>
    new XPlanGmlError(
      'WRONG_NAMESPACE',
      namespace
        ? {
            de: `Die Datei ist kein XPlanGML 5.x oder 6.x: gefunden wurde der Namensraum „${namespace}“.`,
            en: `The file is not XPlanGML 5.x or 6.x: found the namespace "${namespace}".`,
          }
        : {
            de: 'Die Datei ist kein XPlanGML 5.x oder 6.x: ihr Wurzelelement hat keinen Namensraum.',
            en: 'The file is not XPlanGML 5.x or 6.x: its root element has no namespace.',
          },
      { namespace },
    ),
  noPlan: (found: string[]) =>
    new XPlanGmlError(
      'NO_PLAN',
      {
        de: `Die Datei enthält keinen Bebauungsplan (BP_Plan) oder Flächennutzungsplan (FP_Plan)${foundText(found, 'gefunden')}.`,
        en: `The file contains no land-use plan (BP_Plan) or preparatory land-use plan (FP_Plan)${foundText(found, 'found')}.`,
      },
      { found: found.join(', ') },
    ),
  noGeometry: (plan: string) =>
    new XPlanGmlError(
      'NO_GEOMETRY',
      {
        de: `Der Plan (${plan}) hat keinen räumlichen Geltungsbereich (raeumlicherGeltungsbereich) mit einer Flächengeometrie.`,
        en: `The plan (${plan}) has no spatial scope (raeumlicherGeltungsbereich) with a surface geometry.`,
      },
      { plan },
    ),
  noCrs: () =>
    new XPlanGmlError(
      'UNSUPPORTED_CRS',
      {
        de: 'Die Datei gibt kein Koordinatenreferenzsystem an (srsName fehlt).',
        en: 'The file names no coordinate reference system (srsName is missing).',
      },
      { srsName: '' },
    ),
  unsupportedCrs: (srsName: string, supported: string) =>
    new XPlanGmlError(
      'UNSUPPORTED_CRS',
      {
        de: `Das Koordinatenreferenzsystem „${srsName}“ wird nicht unterstützt. Unterstützt: ${supported}.`,
        en: `The coordinate reference system "${srsName}" is not supported. Supported: ${supported}.`,
      },
      { srsName },
    ),
  invalidGeometry: (problem: GeometryProblem, found?: string) =>
    new XPlanGmlError(
      'INVALID_GEOMETRY',
      {
        de: `Der Geltungsbereich ist keine gültige Fläche: ${GEOMETRY_PROBLEMS[problem].de}${found ? ` (gefunden: ${found})` : ''}.`,
        en: `The spatial scope is not a valid area: ${GEOMETRY_PROBLEMS[problem].en}${found ? ` (found: ${found})` : ''}.`,
      },
      found ? { problem, found } : { problem },
    ),
};

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function foundText(found: string[], word: string): string {
  return found.length > 0 ? ` (${word}: ${found.join(', ')})` : '';
}
