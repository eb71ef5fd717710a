import { addDays, berlinDate } from '../../src/phases/deadlines/index.js';
import { PhasesService } from '../../src/phases/phases.service.js';
import { ProceduresService } from '../../src/procedures/procedures.service.js';
import type { TestApp } from './test-app.js';

export const PLAN_AREA = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [7.0, 51.43],
      [7.01, 51.43],
      [7.01, 51.44],
      [7.0, 51.44],
      [7.0, 51.43],
    ],
  ],
};

let n = 0;

/** A published procedure with an open phase of its own (informal, pre-moderated unless told). */
export async function openPhase(
  t: TestApp,
  options: { moderationMode?: 'pre' | 'post' | 'none'; topics?: string[] } = {},
): Promise<{ procedureId: string; phaseId: string; reference: string }> {
  n += 1;
  const reference = `ST-${n}-${Date.now() % 100000}`;
  const procedure = await t.app.get(ProceduresService).create({
    reference,
    title: `Verfahren ${n}`,
    type: 'informal',
    district: 'Rüttenscheid',
    area: PLAN_AREA,
    status: 'published',
    topics: options.topics ?? ['Verkehr', 'Grün'],
  });
  const today = berlinDate(new Date());
  const phase = await t.app.get(PhasesService).create(null, procedure.id, {
    kind: 'informal',
    title: 'Dialog',
    startDate: addDays(today, -1),
    endDate: addDays(today, 10),
    moderationMode: options.moderationMode ?? 'pre',
  });
  return { procedureId: procedure.id, phaseId: phase.id, reference };
}

export function statementBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    text: 'Bitte mehr Bäume an der Kreuzung pflanzen.',
    submitter: { type: 'anonymous' },
    privacyNoticeAcknowledged: true,
    ...extra,
  };
}

/** Personal data that must never appear in a public answer. */
export const SECRET_SUBMITTER = {
  type: 'named',
  name: 'Gerda Geheim-Testperson',
  organisation: 'Verein Geheimnis e.V.',
  street: 'Verborgene Gasse 7',
  postcode: '45999',
  city: 'Heimlichhausen',
  email: 'gerda.geheim@example.org',
};
