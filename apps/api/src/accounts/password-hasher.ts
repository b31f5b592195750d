import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/**
 * argon2id of a random password nobody knows, with the library's default parameters (m=64 MiB, t=3, p=4, above
 * OWASP's minimum). Checking a password against it costs what checking a real hash costs, so an unknown email
 * answers in the same time as a wrong password. A test keeps its parameters equal to the defaults.
 */
export const dummyPasswordHash = '$argon2id$v=19$m=65536,p=4,t=3$bW4OK7SRqh4aXkvAmNtLvA$xW/C2JtC9iMEG4pU63wFOMsnwbgs6X+NLC+SUeJ8VZY';

@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /** False for a wrong password and for a hash that cannot be read; with no hash, spends the same time and answers false. */
  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    const isMatch = await argon2.verify(passwordHash ?? dummyPasswordHash, password).catch(() => false);
    return passwordHash !== undefined && isMatch;
  }
}
