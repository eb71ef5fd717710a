import type { ValidationError } from 'class-validator';
import type { FieldError, Messages } from './error-codes.js';

/** German and English texts for the class-validator constraints our DTOs use. */
const CONSTRAINT_MESSAGES: Record<string, (c: string[], english: string) => Messages> = {
  whitelistValidation: () => ({
    de: 'Dieses Feld ist nicht vorgesehen.',
    en: 'This field is not allowed.',
  }),
  isNotEmpty: () => ({ de: 'Bitte füllen Sie dieses Feld aus.', en: 'This field is required.' }),
  isNotNull: () => ({
    de: 'Dieses Feld darf nicht leer (null) sein.',
    en: 'This field must not be null.',
  }),
  isDefined: () => ({ de: 'Bitte füllen Sie dieses Feld aus.', en: 'This field is required.' }),
  isString: () => ({ de: 'Hier wird ein Text erwartet.', en: 'A text is expected here.' }),
  isInt: () => ({
    de: 'Hier wird eine ganze Zahl erwartet.',
    en: 'A whole number is expected here.',
  }),
  isNumber: () => ({ de: 'Hier wird eine Zahl erwartet.', en: 'A number is expected here.' }),
  isBoolean: () => ({ de: 'Hier wird ja oder nein erwartet.', en: 'A boolean is expected here.' }),
  isUuid: () => ({ de: 'Das ist keine gültige Kennung.', en: 'This is not a valid identifier.' }),
  isIn: (c) => ({ de: `Erlaubt sind: ${c.join(', ')}.`, en: `Allowed values: ${c.join(', ')}.` }),
  isEnum: (c) => ({ de: `Erlaubt sind: ${c.join(', ')}.`, en: `Allowed values: ${c.join(', ')}.` }),
  maxLength: ([n]) => ({ de: `Höchstens ${n} Zeichen.`, en: `At most ${n} characters.` }),
  minLength: ([n]) => ({ de: `Mindestens ${n} Zeichen.`, en: `At least ${n} characters.` }),
  max: ([n]) => ({ de: `Höchstens ${n}.`, en: `At most ${n}.` }),
  min: ([n]) => ({ de: `Mindestens ${n}.`, en: `At least ${n}.` }),
  isEmail: () => ({
    de: 'Das ist keine gültige E-Mail-Adresse.',
    en: 'This is not a valid e-mail address.',
  }),
  isBBox: () => ({
    de: 'Erwartet wird minLon,minLat,maxLon,maxLat (WGS84), jeweils min ≤ max.',
    en: 'Expected minLon,minLat,maxLon,maxLat (WGS84) with min ≤ max.',
  }),
  isAreaGeometry: (c, english) =>
    geometryLimits(c, english) ?? {
      de: 'Die Fläche ist kein gültiges Polygon oder Multipolygon (geschlossene Ringe ohne Überschneidung, WGS84).',
      en: 'The area is not a valid Polygon or MultiPolygon (closed rings without self-intersection, WGS84).',
    },
  isStatementGeometry: (c, english) =>
    geometryLimits(c, english) ?? {
      de: 'Der Ort ist kein gültiger Punkt, keine gültige Linie und keine gültige Fläche (GeoJSON, WGS84).',
      en: 'The location is not a valid Point, LineString or Polygon (GeoJSON, WGS84).',
    },
  equals: () => ({ de: 'Bitte bestätigen Sie dies.', en: 'Please confirm this.' }),
  isEmpty: () => ({ de: 'Dieses Feld muss leer bleiben.', en: 'This field must stay empty.' }),
  arrayMaxSize: ([n]) => ({ de: `Höchstens ${n} Einträge.`, en: `At most ${n} entries.` }),
  matches: () => ({ de: 'Das Format stimmt nicht.', en: 'The format is not valid.' }),
  isObject: () => ({ de: 'Hier wird ein Objekt erwartet.', en: 'An object is expected here.' }),
  isDateString: () => ({ de: 'Das ist kein gültiges Datum.', en: 'This is not a valid date.' }),
  isCalendarDate: () => ({
    de: 'Das Datum muss zwischen 1900 und 2999 liegen.',
    en: 'The date must lie between 1900 and 2999.',
  }),
  isBoundedInstant: () => ({
    de: 'Der Zeitpunkt muss zwischen 1900 und 2999 liegen.',
    en: 'The time must lie between 1900 and 2999.',
  }),
  isISO8601: () => ({ de: 'Das ist kein gültiges Datum.', en: 'This is not a valid date.' }),
  isNotInFuture: () => ({
    de: 'Das Datum darf nicht in der Zukunft liegen.',
    en: 'The date must not lie in the future.',
  }),
};

/** The geometry problems worth their own text: too many positions, a ring without area. */
function geometryLimits([max]: string[], english: string): Messages | null {
  if (english.includes('(too_many_positions)'))
    return {
      de: `Die Geometrie hat zu viele Punkte (höchstens ${max}).`,
      en: `The geometry has too many positions (at most ${max}).`,
    };
  if (english.includes('(zero_area)'))
    return {
      de: 'Eine Fläche hat keinen Flächeninhalt (alle Punkte auf einer Linie).',
      en: 'A ring encloses no area (all its points lie on one line).',
    };
  return null;
}

function messagesFor(constraint: string, error: ValidationError): Messages {
  const english = error.constraints?.[constraint] ?? 'Invalid value.';
  const known = CONSTRAINT_MESSAGES[constraint];
  if (known) return known(extractArgs(constraint, english), english);
  return { de: `Ungültiger Wert (${english}).`, en: english };
}

/** class-validator does not expose constraint arguments in its result; read them off the text. */
function extractArgs(constraint: string, english: string): string[] {
  if (constraint === 'isIn' || constraint === 'isEnum') {
    const list = /following values: (.*)$/.exec(english)?.[1];
    return list ? list.split(', ') : [];
  }
  const n = /(-?\d+(?:\.\d+)?)/.exec(english)?.[1];
  return n ? [n] : [];
}

/** Flattens nested class-validator errors into field paths such as `area.coordinates`. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((code) => ({
      field,
      code,
      messages: messagesFor(code, error),
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}
