import { describe, expect, it } from 'vitest';

import { stillFailing } from '@/components/form/use-form-errors';

describe('stillFailing', () => {
  it('drops the errors of fields that have become valid', () => {
    expect(
      stillFailing(
        { title: 'Titel fehlt', area: 'Plangebiet fehlt' },
        { area: 'Plangebiet fehlt' },
      ),
    ).toEqual({ area: 'Plangebiet fehlt' });
    expect(stillFailing({ title: 'Titel fehlt' }, null)).toEqual({});
  });

  it('shows the current problem of a field, and no new errors before the next sending', () => {
    expect(
      stillFailing(
        { title: 'Titel fehlt' },
        { title: 'Titel zu kurz', district: 'Stadtteil fehlt' },
      ),
    ).toEqual({ title: 'Titel zu kurz' });
  });
});
