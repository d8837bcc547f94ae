import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id password hashing. A well-kept native library: no home-made crypto. */
@Injectable()
export class PasswordHasher {
  /** A hash of a random string, verified against when the username is unknown, so both cases take as long. */
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password);
  }

  async verifyAgainstNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('no such user: constant-time filler');
    await argon2.verify(await this.dummyHash, password);
    return false;
  }
}
