/** TypeORM answers INSERT … RETURNING with rows, UPDATE … RETURNING with [rows, count]. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
