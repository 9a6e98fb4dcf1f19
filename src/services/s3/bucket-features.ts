/**
 * Bucket settings S3 stores and returns: Transfer Acceleration (refused for names with dots, as
 * S3's accelerate endpoints need a DNS-style name), Requester Pays, metrics, analytics and
 * Intelligent-Tiering configurations (by Id, id-configurations.ts), and the legacy
 * Put/GetBucketNotification documents, read from and written to the bucket's current
 * notification configuration (one queue, topic and function at most, as the old schema has).
 */
import type * as S3 from '../../generated/s3.js';
import { invalidRequest, malformedXml } from './errors.js';
import { IdConfigurations } from './id-configurations.js';
import type { Notifier } from './notifications.js';
import type { S3Service } from './service.js';

type Operations = Partial<S3.S3Operations>;

function validateAnalytics(config: S3.AnalyticsConfiguration): S3.AnalyticsConfiguration {
  const analysis = config.StorageClassAnalysis;
  if (!analysis) throw malformedXml();
  const exported = analysis.DataExport;
  if (exported) {
    if (exported.OutputSchemaVersion !== 'V_1') throw malformedXml();
    const destination = exported.Destination?.S3BucketDestination;
    if (!destination?.Bucket || destination.Format !== 'CSV') throw malformedXml();
  }
  return config;
}

function validateIntelligentTiering(config: S3.IntelligentTieringConfiguration): S3.IntelligentTieringConfiguration {
  if (config.Status !== 'Enabled' && config.Status !== 'Disabled') throw malformedXml();
  if (!config.Tierings?.length) throw malformedXml();
  for (const tiering of config.Tierings) {
    if (tiering.AccessTier !== 'ARCHIVE_ACCESS' && tiering.AccessTier !== 'DEEP_ARCHIVE_ACCESS') throw malformedXml();
    if (!Number.isInteger(tiering.Days)) throw malformedXml();
  }
  return config;
}

function page<T>(list: { items: T[]; isTruncated: boolean; nextToken?: string }, token: string | undefined) {
  return { items: list.items.length ? list.items : undefined, IsTruncated: list.isTruncated, ContinuationToken: token, NextContinuationToken: list.nextToken };
}

export function bucketFeatureOperations(service: S3Service, notifier: Notifier): Operations {
  const { state } = service;
  const metrics = new IdConfigurations<S3.MetricsConfiguration>(service, { kind: 'metrics', validate: (c) => c });
  const analytics = new IdConfigurations<S3.AnalyticsConfiguration>(service, { kind: 'analytics', validate: validateAnalytics });
  const tiering = new IdConfigurations<S3.IntelligentTieringConfiguration>(service, { kind: 'intelligentTiering', validate: validateIntelligentTiering });

  return {
    PutBucketAccelerateConfiguration(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutAccelerateConfiguration');
      if (bucket.name.includes('.')) throw invalidRequest('Amazon S3 Transfer Acceleration is not supported for buckets with periods (.) in their names.');
      const status = input.AccelerateConfiguration?.Status;
      if (status !== 'Enabled' && status !== 'Suspended') throw malformedXml();
      state.putConfig(bucket, 'accelerate', { Status: status });
    },

    GetBucketAccelerateConfiguration(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetAccelerateConfiguration');
      return state.config<S3.GetBucketAccelerateConfigurationOutput>(bucket, 'accelerate') ?? {};
    },

    PutBucketRequestPayment(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketRequestPayment');
      const payer = input.RequestPaymentConfiguration?.Payer;
      if (payer !== 'Requester' && payer !== 'BucketOwner') throw malformedXml();
      state.putConfig(bucket, 'requestPayment', { Payer: payer });
    },

    GetBucketRequestPayment(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketRequestPayment');
      return state.config<S3.GetBucketRequestPaymentOutput>(bucket, 'requestPayment') ?? { Payer: 'BucketOwner' };
    },

    PutBucketMetricsConfiguration(input, context) {
      metrics.put(service.bucket(input.Bucket, context, 's3:PutMetricsConfiguration'), input.Id, input.MetricsConfiguration);
    },
    GetBucketMetricsConfiguration(input, context) {
      return { MetricsConfiguration: metrics.get(service.bucket(input.Bucket, context, 's3:GetMetricsConfiguration'), input.Id) };
    },
    DeleteBucketMetricsConfiguration(input, context) {
      metrics.delete(service.bucket(input.Bucket, context, 's3:PutMetricsConfiguration'), input.Id);
    },
    ListBucketMetricsConfigurations(input, context) {
      const { items, ...rest } = page(metrics.list(service.bucket(input.Bucket, context, 's3:GetMetricsConfiguration'), input.ContinuationToken), input.ContinuationToken);
      return { MetricsConfigurationList: items, ...rest };
    },

    PutBucketAnalyticsConfiguration(input, context) {
      analytics.put(service.bucket(input.Bucket, context, 's3:PutAnalyticsConfiguration'), input.Id, input.AnalyticsConfiguration);
    },
    GetBucketAnalyticsConfiguration(input, context) {
      return { AnalyticsConfiguration: analytics.get(service.bucket(input.Bucket, context, 's3:GetAnalyticsConfiguration'), input.Id) };
    },
    DeleteBucketAnalyticsConfiguration(input, context) {
      analytics.delete(service.bucket(input.Bucket, context, 's3:PutAnalyticsConfiguration'), input.Id);
    },
    ListBucketAnalyticsConfigurations(input, context) {
      const { items, ...rest } = page(analytics.list(service.bucket(input.Bucket, context, 's3:GetAnalyticsConfiguration'), input.ContinuationToken), input.ContinuationToken);
      return { AnalyticsConfigurationList: items, ...rest };
    },

    PutBucketIntelligentTieringConfiguration(input, context) {
      tiering.put(service.bucket(input.Bucket, context, 's3:PutIntelligentTieringConfiguration'), input.Id, input.IntelligentTieringConfiguration);
    },
    GetBucketIntelligentTieringConfiguration(input, context) {
      return { IntelligentTieringConfiguration: tiering.get(service.bucket(input.Bucket, context, 's3:GetIntelligentTieringConfiguration'), input.Id) };
    },
    DeleteBucketIntelligentTieringConfiguration(input, context) {
      tiering.delete(service.bucket(input.Bucket, context, 's3:PutIntelligentTieringConfiguration'), input.Id);
    },
    ListBucketIntelligentTieringConfigurations(input, context) {
      const { items, ...rest } = page(tiering.list(service.bucket(input.Bucket, context, 's3:GetIntelligentTieringConfiguration'), input.ContinuationToken), input.ContinuationToken);
      return { IntelligentTieringConfigurationList: items, ...rest };
    },

    GetBucketNotification(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketNotification');
      const current = state.config<S3.NotificationConfiguration>(bucket, 'notification') ?? {};
      const queue = current.QueueConfigurations?.[0];
      const topic = current.TopicConfigurations?.[0];
      const fn = current.LambdaFunctionConfigurations?.[0];
      return {
        QueueConfiguration: queue && { Id: queue.Id, Events: queue.Events, Queue: queue.QueueArn },
        TopicConfiguration: topic && { Id: topic.Id, Events: topic.Events, Topic: topic.TopicArn },
        CloudFunctionConfiguration: fn && { Id: fn.Id, Events: fn.Events, CloudFunction: fn.LambdaFunctionArn },
      };
    },

    async PutBucketNotification(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketNotification');
      const legacy = input.NotificationConfiguration ?? {};
      const events = (c: { Event?: string; Events?: string[] }) => (c.Events?.length ? c.Events : c.Event ? [c.Event] : []) as S3.QueueConfiguration['Events'];
      const config: S3.NotificationConfiguration = {};
      const { QueueConfiguration: queue, TopicConfiguration: topic, CloudFunctionConfiguration: fn } = legacy;
      if (queue?.Queue) config.QueueConfigurations = [{ Id: queue.Id, QueueArn: queue.Queue, Events: events(queue) }];
      if (topic?.Topic) config.TopicConfigurations = [{ Id: topic.Id, TopicArn: topic.Topic, Events: events(topic) }];
      if (fn?.CloudFunction) config.LambdaFunctionConfigurations = [{ Id: fn.Id, LambdaFunctionArn: fn.CloudFunction, Events: events(fn) }];
      await notifier.configure(bucket, config, false, context);
    },
  };
}
