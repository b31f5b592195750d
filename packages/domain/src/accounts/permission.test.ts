import { describe, expect, it } from 'vitest';
import { roles } from './role.js';
import { getRolePermissions, hasPermission, permissions } from './permission.js';

describe('role permissions', () => {
  it('lets every role read the workplan', () => {
    for (const role of roles) expect(hasPermission(role, 'workplan:read')).toBe(true);
  });

  it('keeps viewers read-only', () => {
    expect(getRolePermissions('viewer')).toEqual(['workplan:read']);
  });

  it('gives each write to the role whose work it is', () => {
    const holders = (permission: (typeof permissions)[number]) => roles.filter((role) => hasPermission(role, permission));
    expect(holders('activity:write')).toEqual(['co_chair']);
    expect(holders('agenda:write')).toEqual(['co_chair']);
    expect(holders('baseline:write')).toEqual(['expert']);
    expect(holders('readiness:review')).toEqual(['scmi_reviewer']);
    expect(holders('readiness:write')).toEqual(['co_chair']);
    expect(holders('user:manage')).toEqual(['admin']);
    expect(holders('crosswalk:write')).toEqual(['co_chair', 'expert']);
  });
});
