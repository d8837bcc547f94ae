import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Rate limit for login, per client address and username, so one attacker cannot spray passwords and one
 * busy canteen's shared address does not lock out its colleagues. The counter is per API process; the
 * lockout after five failures, kept in the database, is what holds across processes.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const body = request.body as { username?: unknown } | undefined;
    const username = typeof body?.username === 'string' ? body.username.slice(0, 64) : '';
    return `${String(request.ip)}|${username}`;
  }
}
