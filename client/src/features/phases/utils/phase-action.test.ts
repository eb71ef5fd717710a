import { describe, expect, it } from 'vitest';

import { checkPhaseAction, REASON_MAX } from '@/features/phases/utils/phase-action';
import { i18n } from '@/lib/i18n';

const t = i18n.getFixedT('de');
const phase = { endDate: '2026-03-31' };

describe('checkPhaseAction', () => {
  it('lets a phase open without a reason, but not with a too short one', () => {
    expect(checkPhaseAction('open', phase, { reason: '', endDate: '' }, t, 'de')).toEqual({});
    expect(checkPhaseAction('open', phase, { reason: 'kurz', endDate: '' }, t, 'de')).toEqual({
      reason: t('phases.errors.reasonTooShort', { min: 5 }),
    });
  });

  it('asks for a reason to close, and for one no longer than the server takes', () => {
    expect(checkPhaseAction('close', phase, { reason: '  ', endDate: '' }, t, 'de')).toEqual({
      reason: t('phases.errors.reasonRequired'),
    });
    const long = 'x'.repeat(REASON_MAX + 1);
    expect(checkPhaseAction('close', phase, { reason: long, endDate: '' }, t, 'de').reason).toBe(
      t('phases.errors.reasonTooLong', { max: REASON_MAX }),
    );
  });

  it('asks for a real day after the current end to extend', () => {
    const reason = 'Mehr Zeit für Rückfragen';
    expect(checkPhaseAction('extend', phase, { reason, endDate: '2026-02-30' }, t, 'de')).toEqual({
      endDate: t('phases.errors.dateRequired'),
    });
    expect(
      checkPhaseAction('extend', phase, { reason, endDate: '2026-03-31' }, t, 'de').endDate,
    ).toBe(t('phases.errors.extendNotLater', { date: '31.03.2026' }));
    expect(checkPhaseAction('extend', phase, { reason, endDate: '2026-04-14' }, t, 'de')).toEqual(
      {},
    );
  });
});
