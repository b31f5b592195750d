import { z } from 'zod';
import { permissions } from '../accounts/permission.js';
import { roleSchema } from '../accounts/role.js';

/** An organisation as a user's affiliation: enough to label it. */
export const organisationRefViewSchema = z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() });
export type OrganisationRefView = z.infer<typeof organisationRefViewSchema>;

export const networkRefViewSchema = z.object({ id: z.uuid(), name: z.string(), countryCode: z.string() });
export type NetworkRefView = z.infer<typeof networkRefViewSchema>;

/** The signed-in user, with what their role lets them do, so the web app shows only the controls that work. */
export const sessionUserViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  organisation: organisationRefViewSchema,
  network: networkRefViewSchema,
  permissions: z.array(z.enum(permissions)),
});
export type SessionUserView = z.infer<typeof sessionUserViewSchema>;

/** `GET /api/auth/session`: `user` is null when nobody is signed in or the session has expired. */
export const sessionViewSchema = z.object({ user: sessionUserViewSchema.nullable() });
export type SessionView = z.infer<typeof sessionViewSchema>;

/** `POST /api/auth/sign-in` answers the user it signed in. */
export const signInViewSchema = z.object({ user: sessionUserViewSchema });
export type SignInView = z.infer<typeof signInViewSchema>;

/** A user account as an admin manages it. */
export const userViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  isActive: z.boolean(),
  organisation: organisationRefViewSchema,
  version: z.number().int(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userViewSchema>;
