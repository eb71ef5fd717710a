import { responseFor } from './assessment.service.js';
import { groupPairs } from './statement-groups.service.js';

describe('assessment rules', () => {
  it('joins chains of similar statements into one group', () => {
    const groups = groupPairs([
      ['a', 'b'],
      ['c', 'd'],
      ['b', 'e'],
      ['e', 'a'],
    ]).map((g) => g.sort());
    expect(groups.sort((x, y) => y.length - x.length)).toEqual([
      ['a', 'b', 'e'],
      ['c', 'd'],
    ]);
    expect(groupPairs([])).toEqual([]);
  });

  it('gives acknowledged its standard text and asks for reasons otherwise', () => {
    expect(responseFor('acknowledged', undefined)).toBe(
      'Die Stellungnahme wird zur Kenntnis genommen.',
    );
    expect(responseFor('acknowledged', '  Eigener Text ')).toBe('Eigener Text');
    expect(() => responseFor('not_followed', ' ')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
