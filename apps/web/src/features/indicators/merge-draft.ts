const isSame = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * After a lost version race: the latest saved values, except the fields the reader had changed, which keep the
 * reader's value. Nothing typed is lost and nothing someone else saved is silently undone.
 */
export const mergeDraftOntoLatest = <T extends Record<string, unknown>>(values: T, startedFrom: T, latest: T): T =>
  Object.fromEntries(Object.keys(latest).map((key) => [key, isSame(values[key], startedFrom[key]) ? latest[key] : values[key]])) as T;

/** The fields of a request body that differ from what the form started with: only they travel in a change. */
export const pickChanged = <T extends Record<string, unknown>>(input: T, base: Record<string, unknown>): Partial<T> =>
  Object.fromEntries(Object.entries(input).filter(([key, value]) => !isSame(value, base[key]))) as Partial<T>;
