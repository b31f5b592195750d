export const auditActions = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof auditActions)[number];

type JsonRecord = Record<string, unknown>;

/** The fields whose values differ between two versions of a record, for a readable "History". */
export const getChangedFields = (before: JsonRecord | null, after: JsonRecord | null): string[] => {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])).sort();
};
