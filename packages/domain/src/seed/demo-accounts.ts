import type { Role } from '../accounts/role.js';

export type SeedAccount = { email: string; displayName: string; role: Role; organisationKey: string };

/**
 * One sign-in per role for trying the app out. Created with the seed on an empty database outside production only,
 * and printed at start-up, so the password is public by design.
 */
export const demoAccountPassword = 'georgia-2021-demo';

export const demoAccounts: readonly SeedAccount[] = [
  { email: 'admin@compact-tracker.example', displayName: 'Demo Admin', role: 'admin', organisationKey: 'iom' },
  { email: 'iom.cochair@compact-tracker.example', displayName: 'Demo Co-chair (IOM)', role: 'co_chair', organisationKey: 'iom' },
  { email: 'rco.cochair@compact-tracker.example', displayName: 'Demo Co-chair (RCO)', role: 'co_chair', organisationKey: 'rco' },
  { email: 'expert@compact-tracker.example', displayName: 'Demo Expert', role: 'expert', organisationKey: 'iom' },
  { email: 'scmi@compact-tracker.example', displayName: 'Demo SCMI Reviewer', role: 'scmi_reviewer', organisationKey: 'scmi' },
  { email: 'viewer@compact-tracker.example', displayName: 'Demo Viewer', role: 'viewer', organisationKey: 'rco' },
];
