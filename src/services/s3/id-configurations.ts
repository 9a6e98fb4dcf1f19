/**
 * A bucket's configurations named by an Id: inventory, metrics, analytics and Intelligent-Tiering.
 * Each kind is put, read and deleted by Id, listed 100 a page in Id order with S3's continuation
 * tokens, and limited to 1,000 a bucket. What each kind must contain is checked by its `validate`.
 */
import { AwsError } from '../../core/errors.js';
import { pageAfterKey } from '../../core/pagination.js';
import { invalidArgument, malformedXml } from './errors.js';
import { noSuchConfiguration } from './errors-features.js';
import type { S3Service } from './service.js';
import type { BucketRow } from './state.js';

const PAGE_SIZE = 100;
const MAX_CONFIGURATIONS = 1000;

export interface IdConfigurationKind<T extends { Id: string }> {
  /** The bucket configuration kind it is stored under. */
  kind: string;
  /** Checks a configuration as S3 does, answering what to store. */
  validate(config: T, bucket: BucketRow): T;
}

export function tooManyConfigurations(): AwsError {
  return new AwsError('TooManyConfigurations', 'You are attempting to create a new configuration but have already reached the 1,000-configuration limit.', 400);
}

export class IdConfigurations<T extends { Id: string }> {
  constructor(
    private readonly service: S3Service,
    private readonly spec: IdConfigurationKind<T>,
  ) {}

  all(bucket: BucketRow): Record<string, T> {
    return this.service.state.config<Record<string, T>>(bucket, this.spec.kind) ?? {};
  }

  put(bucket: BucketRow, id: string, config: T | undefined): void {
    if (!config || !config.Id) throw malformedXml();
    // Stored under the id the request names, which Get, Delete and List answer with.
    const checked = this.spec.validate({ ...config, Id: id }, bucket);
    const all = this.all(bucket);
    if (!(id in all) && Object.keys(all).length >= MAX_CONFIGURATIONS) throw tooManyConfigurations();
    this.service.state.putConfig(bucket, this.spec.kind, { ...all, [id]: checked });
  }

  get(bucket: BucketRow, id: string): T {
    const config = Object.hasOwn(this.all(bucket), id) ? this.all(bucket)[id] : undefined;
    if (!config) throw noSuchConfiguration();
    return config;
  }

  delete(bucket: BucketRow, id: string): void {
    const all = this.all(bucket);
    if (!Object.hasOwn(all, id)) throw noSuchConfiguration();
    delete all[id];
    if (Object.keys(all).length) this.service.state.putConfig(bucket, this.spec.kind, all);
    else this.service.state.deleteConfig(bucket, this.spec.kind);
  }

  list(bucket: BucketRow, token: string | undefined): { items: T[]; isTruncated: boolean; nextToken?: string } {
    const sorted = Object.values(this.all(bucket)).sort((a, b) => (a.Id < b.Id ? -1 : a.Id > b.Id ? 1 : 0));
    const page = pageAfterKey(sorted, (c) => c.Id, PAGE_SIZE, token, () => invalidArgument('The continuation token provided is incorrect', 'continuation-token', token));
    return { items: page.items, isTruncated: page.nextToken !== undefined, nextToken: page.nextToken };
  }
}
