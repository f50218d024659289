import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the library's default algorithm; OWASP parameters: 19 MiB, 2 passes).
 * Unknown accounts are checked against a dummy hash, so "no such user" costs the same time as "wrong password".
 */
export class PasswordHasher {
  private constructor(private readonly dummyHash: string) {}

  static async create(): Promise<PasswordHasher> {
    return new PasswordHasher(await hash(`dummy-${Math.random()}`));
  }

  hash(password: string): Promise<string> {
    return hash(password);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    try {
      const ok = await verify(passwordHash ?? this.dummyHash, password);
      return passwordHash !== null && ok;
    } catch {
      return false;
    }
  }
}
