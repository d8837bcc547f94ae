import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Hits of one client key in one fixed time window; kept in the database so every API process shares it. */
@Entity('rate_limit_buckets')
export class RateLimitBucketEntity {
  /** `<scope>|<client key>|<window index>` */
  @PrimaryColumn({ name: 'bucket_key', type: 'varchar', length: 191 })
  bucketKey: string;

  @Column({ name: 'window_index', type: 'integer' })
  windowIndex: number;

  @Column({ type: 'integer' })
  hits: number;
}
