import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitBucketEntity } from './rate-limit-bucket.entity.js';
import { RateLimiterService } from './rate-limiter.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([RateLimitBucketEntity])],
  providers: [RateLimiterService],
  exports: [RateLimiterService],
})
export class RateLimitModule {}
