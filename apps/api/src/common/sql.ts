/** `"column" IN ('a', 'b')`, for check constraints built from the domain's lists of allowed values. */
export const sqlIn = (column: string, values: readonly string[]): string =>
  `"${column}" IN (${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')})`;
