import { describe, expect, it } from 'vitest';
import { changePasswordInputSchema, createUserInputSchema, signInInputSchema, updateUserInputSchema } from './account-inputs.js';

const validUser = {
  email: ' Nino@Example.ORG ',
  displayName: 'Nino',
  password: 'correct horse battery',
  role: 'co_chair',
  organisationId: '7f1c1d0e-7a57-4a8e-9a53-0a1b2c3d4e5f',
};

describe('account inputs', () => {
  it('normalises the email to lower case without spaces', () => {
    expect(createUserInputSchema.parse(validUser).email).toBe('nino@example.org');
    expect(signInInputSchema.parse({ email: 'A@B.GE', password: 'x' }).email).toBe('a@b.ge');
  });

  it('refuses a password shorter than 12 characters, naming the field', () => {
    const result = createUserInputSchema.safeParse({ ...validUser, password: 'short-pass1' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['password']);
  });

  it('accepts a 12-character passphrase with no composition rules', () => {
    expect(createUserInputSchema.safeParse({ ...validUser, password: 'aaaaaaaaaaaa' }).success).toBe(true);
  });

  it('refuses an unknown role and unknown fields', () => {
    expect(createUserInputSchema.safeParse({ ...validUser, role: 'root' }).success).toBe(false);
    expect(createUserInputSchema.safeParse({ ...validUser, isAdmin: true }).success).toBe(false);
  });

  it('refuses an update that changes nothing', () => {
    expect(updateUserInputSchema.safeParse({}).success).toBe(false);
    expect(updateUserInputSchema.safeParse({ isActive: false }).success).toBe(true);
  });

  it('takes a new password of 12 characters or more that differs from the current one', () => {
    expect(changePasswordInputSchema.safeParse({ currentPassword: 'old', newPassword: 'a new passphrase' }).success).toBe(true);
    expect(changePasswordInputSchema.safeParse({ currentPassword: 'old', newPassword: 'short' }).error?.issues[0]?.path).toEqual(['newPassword']);
    const same = changePasswordInputSchema.safeParse({ currentPassword: 'a new passphrase', newPassword: 'a new passphrase' });
    expect(same.error?.issues[0]).toMatchObject({ path: ['newPassword'], message: 'must differ from the current password' });
  });
});
