import type { Position } from 'geojson';
import { addDays, berlinDate } from '../../src/phases/deadlines/index.js';
import { PLAN_AREA } from './statements.js';

/** A closed ring of `n` vertices on a small circle inside the test plan area (Essen). */
export function circleRing(n: number, cx = 7.005, cy = 51.435, radius = 0.004): Position[] {
  const points = Array.from({ length: n }, (_, i) => [
    cx + radius * Math.cos((2 * Math.PI * i) / n),
    cy + radius * Math.sin((2 * Math.PI * i) / n),
  ]);
  return [...points, points[0]];
}

/** A JSON object of `n` unknown keys (about 11 bytes each): the anonymous CPU burn of item 15. */
export function unknownKeysBody(n: number): string {
  return JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 1])));
}

/** One request of a generated class: what to send and which field a 400 must name. */
export interface FieldProbe {
  name: string;
  body: Record<string, unknown>;
  /** The field a 400 must name (its own error or one below it); undefined: any 4xx will do. */
  field?: string;
  /** The answer must be a 4xx (the value is known to be wrong), not only below 500. */
  refused: boolean;
}

const ring = (points: number[][]) => [...points, points[0]];

/** Geometries that are no valid area (class 14/17): caps, rings without area, crossings. */
export function badAreas(cap: number): [string, unknown][] {
  const polygon = (...rings: number[][][]) => ({ type: 'Polygon', coordinates: rings });
  return [
    ['over the vertex cap', polygon(circleRing(cap + 1))],
    ['far over the cap', polygon(circleRing(cap * 3))],
    [
      'collinear ring',
      polygon(
        ring([
          [7.001, 51.431],
          [7.002, 51.432],
          [7.004, 51.434],
        ]),
      ),
    ],
    [
      'repeated point ring',
      polygon(
        ring([
          [7.001, 51.431],
          [7.001, 51.431],
          [7.001, 51.431],
        ]),
      ),
    ],
    [
      'spike',
      polygon(
        ring([
          [7.001, 51.431],
          [7.003, 51.431],
          [7.002, 51.431],
          [7.002, 51.433],
        ]),
      ),
    ],
    [
      'bow tie',
      polygon(
        ring([
          [7.001, 51.431],
          [7.003, 51.433],
          [7.003, 51.431],
          [7.001, 51.433],
        ]),
      ),
    ],
    [
      'figure eight',
      polygon(
        ring([
          [7, 51.43],
          [7.002, 51.432],
          [7.004, 51.43],
          [7.004, 51.434],
          [7.002, 51.432],
          [7, 51.434],
        ]),
      ),
    ],
    ['hole crossing its shell', polygon(circleRing(40), circleRing(40, 7.008, 51.435))],
    [
      'parts crossing',
      { type: 'MultiPolygon', coordinates: [[circleRing(30)], [circleRing(30, 7.007, 51.435)]] },
    ],
    ['empty multipolygon part', { type: 'MultiPolygon', coordinates: [[]] }],
    ['ring of numbers', polygon([1, 2, 3, 4] as unknown as number[][])],
    ['rings of strings', polygon([['a', 'b', 'c', 'd']] as unknown as number[][])],
    ['null coordinates', { type: 'Polygon', coordinates: null }],
    ['no type', { coordinates: [circleRing(8)] }],
    [
      'huge coordinates',
      polygon(
        ring([
          [1e308, 1e308],
          [-1e308, 1e308],
          [0, -1e308],
        ]),
      ),
    ],
  ];
}

/** Calendar dates a deadline cannot be computed for (class 16). */
export const BAD_DATES = [
  '9999-12-31',
  '9999-01-04',
  '0000-01-01',
  '0001-01-01',
  '1899-12-31',
  '3000-01-01',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
  '+275760-09-13',
  '99999-01-01',
  '2026-12-31T00:00:00Z',
  '',
];

/** Instants an intake may not carry (class 17): years that would make references overflow. */
export const BAD_INSTANTS = [
  '9999-12-31T23:59:59Z',
  '9999-12-31T23:59:59+14:00',
  '+275760-09-13T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1899-12-31T23:00:00Z',
  '3000-01-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-12-31T24:00:01Z',
  'yesterday',
  '',
];

/** Bodies whose shape alone must be refused before validation (class 15). */
export function oversizedShapes(): [string, string][] {
  const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
  return [
    ['60,000 unknown keys', unknownKeysBody(60_000)],
    ['65 unknown keys', unknownKeysBody(65)],
    ['wide nested object', JSON.stringify({ submitter: keys(20_000) })],
    ['100,000 array items', JSON.stringify({ attachmentIds: Array(100_000).fill(0) })],
    [
      '50,000 small objects',
      JSON.stringify({ topics: Array.from({ length: 50_000 }, () => ({})) }),
    ],
    ['40 levels deep', `{"a":${'['.repeat(40)}${']'.repeat(40)}}`],
    ['keys named like fields', JSON.stringify({ ...keys(70), text: 'x' })],
  ];
}

/** Values of a type no field of ours takes. */
const WRONG_TYPES: unknown[] = [12345, true, { x: 1 }, [null]];

/**
 * Probes per field of a route: `null` for every field (refused unless `nullable`), values of a
 * wrong type, and each value of the field's class.
 */
export function fieldProbes(
  valid: Record<string, unknown>,
  classes: Record<string, unknown[]>,
  options: { nullable?: string[]; partial?: boolean } = {},
): FieldProbe[] {
  const probes: FieldProbe[] = [];
  for (const field of Object.keys(valid)) {
    const base = options.partial ? {} : valid;
    if (!options.nullable?.includes(field))
      probes.push({
        name: `${field}=null`,
        body: { ...base, [field]: null },
        field,
        refused: true,
      });
    const wrong = WRONG_TYPES.filter((v) => JSON.stringify(v) !== JSON.stringify(valid[field]));
    for (const value of [...wrong, ...(classes[field] ?? [])])
      probes.push({
        name: `${field}=${JSON.stringify(value).slice(0, 40)}`,
        body: { ...base, [field]: value },
        field,
        refused: true,
      });
  }
  return probes;
}

/** A route and the generated probes of classes 14–17 for it. */
export interface Target {
  group: string;
  method: 'get' | 'post' | 'patch';
  path: string;
  cookie?: string;
  probes: FieldProbe[];
}

/** Classes 14–17 of issue 13, per field of every route that takes them. */
export function classTargets(ids: {
  planner: string;
  procedureId: string;
  phaseId: string;
  upcomingPhaseId: string;
}): Target[] {
  const { planner, procedureId, phaseId, upcomingPhaseId } = ids;
  const future = (days: number) => addDays(berlinDate(new Date()), days);
  const dates = { startDate: BAD_DATES, endDate: BAD_DATES, noticePublishedOn: BAD_DATES };
  const procedure = {
    reference: 'BP-BAD-1',
    title: 'Prüfplan',
    type: 'bebauungsplan',
    district: 'Kettwig',
    area: PLAN_AREA,
    summary: 'Kurz',
    description: 'Lang',
    topics: ['Grün'],
  };
  const phase = {
    kind: 'informal',
    title: 'Dialog',
    startDate: future(40),
    endDate: future(60),
    moderationMode: 'pre',
    noticePublishedOn: future(1),
    environmentalInformation: 'Keine',
    areaDescription: 'Innenstadt',
  };
  const point = { type: 'Point', coordinates: [7.005, 51.435] };
  const statementClasses = { geometry: badAreas(2000).map(([, area]) => area) };
  const areaClasses = { area: badAreas(5000).map(([, area]) => area) };
  return [
    {
      group: 'PATCH procedure',
      method: 'patch',
      path: `/api/procedures/${procedureId}`,
      cookie: planner,
      probes: fieldProbes({ ...procedure, status: 'draft' }, areaClasses, { partial: true }),
    },
    {
      group: 'POST procedure',
      method: 'post',
      path: '/api/procedures',
      cookie: planner,
      probes: fieldProbes(procedure, areaClasses),
    },
    {
      group: 'POST phase',
      method: 'post',
      path: `/api/procedures/${procedureId}/phases`,
      cookie: planner,
      probes: fieldProbes(phase, dates),
    },
    {
      group: 'PATCH phase',
      method: 'patch',
      path: `/api/phases/${upcomingPhaseId}`,
      cookie: planner,
      probes: fieldProbes({ ...phase, kind: undefined }, dates, { partial: true }).filter(
        (p) => !p.name.startsWith('kind'),
      ),
    },
    {
      group: 'intake',
      method: 'post',
      path: `/api/procedures/${procedureId}/statements/intake`,
      cookie: planner,
      probes: fieldProbes(
        {
          phaseId,
          channel: 'letter',
          receivedAt: new Date(Date.now() - 60_000).toISOString(),
          text: 'Per Brief.',
          geometry: point,
          submitter: { type: 'anonymous' },
        },
        { receivedAt: BAD_INSTANTS, ...statementClasses },
      ),
    },
    {
      group: 'statement',
      method: 'post',
      path: `/api/phases/${phaseId}/statements`,
      probes: fieldProbes(
        {
          text: 'Bitte mehr Bäume',
          geometry: point,
          submitter: { type: 'anonymous' },
          privacyNoticeAcknowledged: true,
        },
        statementClasses,
      ),
    },
    {
      group: 'deadline',
      method: 'get',
      path: '/api/phases/deadline',
      probes: ['publication', 'agencies', 'informal'].flatMap((kind) =>
        BAD_DATES.map((startDate) => ({
          name: `${kind} startDate=${startDate}`,
          body: { kind, startDate },
          field: 'startDate',
          refused: true,
        })),
      ),
    },
  ];
}
