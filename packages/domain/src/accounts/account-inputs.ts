import { z } from 'zod';
import { roleSchema } from './role.js';

/** ASVS 2.1.1/2.1.2: at least 12 characters; long passphrases allowed; no composition rules. */
export const minimumPasswordLength = 12;
export const maximumPasswordLength = 128;

export const passwordSchema = z
  .string()
  .min(minimumPasswordLength, `must be at least ${minimumPasswordLength} characters`)
  .max(maximumPasswordLength, `must be at most ${maximumPasswordLength} characters`);

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email('must be an email address'));

export const signInInputSchema = z
  .object({ email: emailSchema, password: z.string().min(1, 'is required').max(maximumPasswordLength) })
  .strict();
export type SignInInput = z.infer<typeof signInInputSchema>;

export const createUserInputSchema = z
  .object({
    email: emailSchema,
    displayName: z.string().trim().min(1).max(200),
    password: passwordSchema,
    role: roleSchema,
    organisationId: z.uuid(),
  })
  .strict();
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const updateUserInputSchema = z
  .object({ role: roleSchema.optional(), isActive: z.boolean().optional(), displayName: z.string().trim().min(1).max(200).optional() })
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'must change at least one field' });
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

/** ASVS 2.1.5/2.1.6: a signed-in user changes their own password by giving the current one. */
export const changePasswordInputSchema = z
  .object({ currentPassword: z.string().min(1, 'is required').max(maximumPasswordLength), newPassword: passwordSchema })
  .strict()
  .refine((input) => input.newPassword !== input.currentPassword, { message: 'must differ from the current password', path: ['newPassword'] });
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;
