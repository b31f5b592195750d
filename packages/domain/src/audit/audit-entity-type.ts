import { z } from 'zod';

/** The kinds of record whose changes the audit trail keeps, as they appear in `/api/audit/:entityType/:entityId`. */
export const auditEntityTypes = ['activity', 'user', 'agenda', 'deliverable', 'person', 'progress_entry', 'plan_baseline', 'outcome_record', 'action_point', 'strategy_goal', 'strategy_objective', 'crosswalk_link', 'indicator', 'indicator_baseline', 'readiness_criterion', 'readiness_comment', 'readiness_review'] as const;
export const auditEntityTypeSchema = z.enum(auditEntityTypes);
export type AuditEntityType = z.infer<typeof auditEntityTypeSchema>;
