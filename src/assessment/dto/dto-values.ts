/** Limits and query-value transforms shared by the assessment DTOs. */

/** The longest response the office writes to one statement (or group). */
export const RESPONSE_MAX_CHARS = 20_000;

export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;
export const queryBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
/** A JSON query parameter: parsed where it is JSON, else left for the validator to refuse. */
export const queryJson = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};
