import { z } from 'zod';

export const roles = ['admin', 'co_chair', 'expert', 'scmi_reviewer', 'viewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;
