import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type Repository } from 'typeorm';
import { RateLimitBucketEntity } from './rate-limit-bucket.entity.js';

/**
 * A fixed-window rate limiter whose counters live in the database, so N API processes share one limit
 * (DESIGN: no counters in process memory). Each hit is one atomic increment.
 */
@Injectable()
export class RateLimiterService {
  constructor(
    @InjectRepository(RateLimitBucketEntity) private readonly buckets: Repository<RateLimitBucketEntity>,
  ) {}

  /** Counts a hit for `key` and tells whether it is still within `limit` hits per `windowMs`. */
  async hit(scope: string, key: string, limit: number, windowMs: number, now = Date.now()): Promise<boolean> {
    const windowIndex = Math.floor(now / windowMs);
    const bucketKey = `${scope}|${key}`.slice(0, 170) + `|${windowIndex}`;
    if (!(await this.increment(bucketKey))) {
      try {
        await this.buckets.insert({ bucketKey, windowIndex, hits: 1 });
        await this.buckets.delete({ windowIndex: LessThan(windowIndex - 1) });
      } catch {
        // another process created the bucket first: count on it
        await this.increment(bucketKey);
      }
    }
    const bucket = await this.buckets.findOneBy({ bucketKey });
    return (bucket?.hits ?? 0) <= limit;
  }

  private async increment(bucketKey: string): Promise<boolean> {
    const result = await this.buckets
      .createQueryBuilder()
      .update()
      .set({ hits: () => 'hits + 1' })
      .where('bucket_key = :bucketKey', { bucketKey })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
