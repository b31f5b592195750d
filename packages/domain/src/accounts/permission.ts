import type { Role } from './role.js';

/**
 * What a signed-in user may do, by role. The API's route matrix names one permission per route, and the
 * web app asks the same question to decide which controls to show, so the two cannot disagree.
 */
export const permissions = [
  'workplan:read',
  'activity:write',
  'agenda:write',
  'audit:read',
  'user:manage',
  'baseline:write',
  'readiness:review',
  'crosswalk:write',
  'readiness:write',
] as const;
export type Permission = (typeof permissions)[number];

const permissionsByRole: Record<Role, readonly Permission[]> = {
  admin: ['workplan:read', 'audit:read', 'user:manage'],
  co_chair: ['workplan:read', 'activity:write', 'agenda:write', 'audit:read', 'crosswalk:write', 'readiness:write'],
  expert: ['workplan:read', 'baseline:write', 'audit:read', 'crosswalk:write'],
  scmi_reviewer: ['workplan:read', 'readiness:review', 'audit:read'],
  viewer: ['workplan:read'],
};

export const getRolePermissions = (role: Role): readonly Permission[] => permissionsByRole[role];

export const hasPermission = (role: Role, permission: Permission): boolean => permissionsByRole[role].includes(permission);
