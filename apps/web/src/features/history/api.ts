import type { AuditEntityType, AuditEntryView } from '@compact-tracker/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../lib/api-client';

export const auditKeys = {
  all: ['audit'] as const,
  entity: (entityType: AuditEntityType, entityId: string) => [...auditKeys.all, entityType, entityId] as const,
};

export const entityHistoryQueryOptions = (entityType: AuditEntityType, entityId: string) =>
  queryOptions({
    queryKey: auditKeys.entity(entityType, entityId),
    queryFn: ({ signal }) =>
      fetchJson<AuditEntryView[]>(`/api/audit/${encodeURIComponent(entityType)}/${encodeURIComponent(entityId)}`, { signal }),
  });
