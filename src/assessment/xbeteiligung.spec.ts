import { PROCESSING_STATUSES, SUBMITTER_TYPES } from '../statements/statement.types.js';
import { ASSESSMENT_RESULTS } from './assessment.types.js';
import {
  xBeteiligungResult,
  xBeteiligungStatus,
  xBeteiligungSubmitterType,
} from './xbeteiligung.js';

describe('XBeteiligung 1.2 code values', () => {
  it.each([
    ['received', '1000'],
    ['in_review', '2000'],
    ['assessed', '3000'],
    ['result_sent', '4000'],
  ] as const)('maps processing state %s to %s', (status, code) => {
    expect(xBeteiligungStatus(status)).toBe(code);
  });

  it.each([
    ['anonymous', '1000'],
    ['named', '2000'],
  ] as const)('maps submitter type %s to %s', (type, code) => {
    expect(xBeteiligungSubmitterType(type)).toBe(code);
  });

  it.each([
    ['followed', '1000'],
    ['partly_followed', '2000'],
    ['not_followed', '3000'],
    ['acknowledged', '5000'],
  ] as const)('maps assessment result %s to %s', (result, code) => {
    expect(xBeteiligungResult(result)).toBe(code);
  });

  it('gives every enum value a distinct code', () => {
    for (const [values, map] of [
      [PROCESSING_STATUSES, xBeteiligungStatus],
      [SUBMITTER_TYPES, xBeteiligungSubmitterType],
      [ASSESSMENT_RESULTS, xBeteiligungResult],
    ] as const) {
      const codes = (values as readonly string[]).map((v) => (map as (x: string) => string)(v));
      expect(new Set(codes).size).toBe(values.length);
      expect(codes.every((c) => /^\d{4}$/.test(c))).toBe(true);
    }
  });
});
