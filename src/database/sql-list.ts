/** `'a', 'b', 'c'` for CHECK constraints built from the enum lists of the entities. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}
