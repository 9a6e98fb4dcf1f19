import { createHash } from 'node:crypto';
import type * as Kda from '../../generated/kinesisanalyticsv2.js';
import { invalidArgument, resourceNotFound } from './errors.js';
import { describeSqlConfiguration, nextId, updateSqlConfiguration } from './sql-configuration.js';
import type { RuntimeEnvironment } from './state.js';

/**
 * An application's configuration as DescribeApplication gives it (ApplicationConfigurationDescription),
 * made from CreateApplication's ApplicationConfiguration and changed by UpdateApplication's
 * ApplicationConfigurationUpdate. Flink's DEFAULT settings are AWS's documented defaults.
 */
export const isSql = (runtime: RuntimeEnvironment): boolean => runtime === 'SQL-1_0';
export const isZeppelin = (runtime: RuntimeEnvironment): boolean => runtime.startsWith('ZEPPELIN-');

const DEFAULT_CHECKPOINTS: Kda.CheckpointConfigurationDescription = { ConfigurationType: 'DEFAULT', CheckpointingEnabled: true, CheckpointInterval: 60000, MinPauseBetweenCheckpoints: 5000 };
const DEFAULT_MONITORING: Kda.MonitoringConfigurationDescription = { ConfigurationType: 'DEFAULT', MetricsLevel: 'APPLICATION', LogLevel: 'INFO' };
const DEFAULT_PARALLELISM: Kda.ParallelismConfigurationDescription = { ConfigurationType: 'DEFAULT', Parallelism: 1, ParallelismPerKPU: 1, CurrentParallelism: 1, AutoScalingEnabled: false };

function checkpoints(c: Kda.CheckpointConfiguration | undefined): Kda.CheckpointConfigurationDescription {
  if (!c || c.ConfigurationType === 'DEFAULT') return { ...DEFAULT_CHECKPOINTS };
  return {
    ConfigurationType: 'CUSTOM',
    CheckpointingEnabled: c.CheckpointingEnabled ?? DEFAULT_CHECKPOINTS.CheckpointingEnabled,
    CheckpointInterval: c.CheckpointInterval ?? DEFAULT_CHECKPOINTS.CheckpointInterval,
    MinPauseBetweenCheckpoints: c.MinPauseBetweenCheckpoints ?? DEFAULT_CHECKPOINTS.MinPauseBetweenCheckpoints,
  };
}

function monitoring(c: Kda.MonitoringConfiguration | undefined): Kda.MonitoringConfigurationDescription {
  if (!c || c.ConfigurationType === 'DEFAULT') return { ...DEFAULT_MONITORING };
  return { ConfigurationType: 'CUSTOM', MetricsLevel: c.MetricsLevel ?? DEFAULT_MONITORING.MetricsLevel, LogLevel: c.LogLevel ?? DEFAULT_MONITORING.LogLevel };
}

function parallelism(c: Kda.ParallelismConfiguration | undefined): Kda.ParallelismConfigurationDescription {
  if (!c || c.ConfigurationType === 'DEFAULT') return { ...DEFAULT_PARALLELISM };
  const value = c.Parallelism ?? DEFAULT_PARALLELISM.Parallelism!;
  return { ConfigurationType: 'CUSTOM', Parallelism: value, ParallelismPerKPU: c.ParallelismPerKPU ?? 1, CurrentParallelism: value, AutoScalingEnabled: c.AutoScalingEnabled ?? false };
}

export function describeCode(code: Kda.ApplicationCodeConfiguration): Kda.ApplicationCodeConfigurationDescription {
  const content = code.CodeContent;
  const sources = [content?.TextContent, content?.ZipFileContent, content?.S3ContentLocation].filter((v) => v !== undefined).length;
  if (sources > 1) throw invalidArgument('Only one of TextContent, ZipFileContent or S3ContentLocation can be specified in CodeContent.');
  if (code.CodeContentType === 'PLAINTEXT' && (content?.ZipFileContent || content?.S3ContentLocation)) {
    throw invalidArgument('CodeContentType PLAINTEXT requires TextContent.');
  }
  if (code.CodeContentType === 'ZIPFILE' && content?.TextContent !== undefined) throw invalidArgument('CodeContentType ZIPFILE requires ZipFileContent or S3ContentLocation.');
  let description: Kda.CodeContentDescription | undefined;
  if (content?.TextContent !== undefined) {
    const bytes = Buffer.from(content.TextContent, 'utf8');
    description = { TextContent: content.TextContent, CodeMD5: md5(bytes), CodeSize: bytes.length };
  } else if (content?.ZipFileContent !== undefined) {
    const bytes = Buffer.from(content.ZipFileContent);
    description = { CodeMD5: md5(bytes), CodeSize: bytes.length };
  } else if (content?.S3ContentLocation) {
    const s3 = content.S3ContentLocation;
    description = { S3ApplicationCodeLocationDescription: { BucketARN: s3.BucketARN, FileKey: s3.FileKey, ObjectVersion: s3.ObjectVersion } };
  }
  return { CodeContentType: code.CodeContentType, CodeContentDescription: description };
}

const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');

/** A VPC configuration's description: Nimbus has no VPCs, so the VPC id is one derived from the subnets. */
export function describeVpc(vpc: Kda.VpcConfiguration, id: string): Kda.VpcConfigurationDescription {
  const vpcId = `vpc-${createHash('sha256').update([...vpc.SubnetIds].sort().join(',')).digest('hex').slice(0, 17)}`;
  return { VpcConfigurationId: id, VpcId: vpcId, SubnetIds: vpc.SubnetIds, SecurityGroupIds: vpc.SecurityGroupIds };
}

export function describeConfiguration(runtime: RuntimeEnvironment, config: Kda.ApplicationConfiguration | undefined): Kda.ApplicationConfigurationDescription {
  const c = config ?? {};
  const sql = isSql(runtime);
  if (sql && (c.FlinkApplicationConfiguration || c.EnvironmentProperties || c.ApplicationSnapshotConfiguration || c.ZeppelinApplicationConfiguration || c.VpcConfigurations)) {
    throw invalidArgument('SQL applications support only SqlApplicationConfiguration and ApplicationCodeConfiguration.');
  }
  if (!sql && c.SqlApplicationConfiguration) throw invalidArgument(`SqlApplicationConfiguration is not supported for runtime environment ${runtime}.`);
  if (!isZeppelin(runtime) && c.ZeppelinApplicationConfiguration) throw invalidArgument(`ZeppelinApplicationConfiguration is not supported for runtime environment ${runtime}.`);
  if ((c.VpcConfigurations?.length ?? 0) > 1) throw invalidArgument('An application can have at most 1 VPC configuration.');
  const description: Kda.ApplicationConfigurationDescription = {};
  if (c.ApplicationCodeConfiguration) description.ApplicationCodeConfigurationDescription = describeCode(c.ApplicationCodeConfiguration);
  if (sql) {
    description.SqlApplicationConfigurationDescription = describeSqlConfiguration(c.SqlApplicationConfiguration ?? {});
    return description;
  }
  const flink = c.FlinkApplicationConfiguration;
  description.FlinkApplicationConfigurationDescription = {
    CheckpointConfigurationDescription: checkpoints(flink?.CheckpointConfiguration),
    MonitoringConfigurationDescription: monitoring(flink?.MonitoringConfiguration),
    ParallelismConfigurationDescription: parallelism(flink?.ParallelismConfiguration),
  };
  description.EnvironmentPropertyDescriptions = { PropertyGroupDescriptions: c.EnvironmentProperties?.PropertyGroups ?? [] };
  description.ApplicationSnapshotConfigurationDescription = { SnapshotsEnabled: c.ApplicationSnapshotConfiguration?.SnapshotsEnabled ?? false };
  description.ApplicationSystemRollbackConfigurationDescription = { RollbackEnabled: c.ApplicationSystemRollbackConfiguration?.RollbackEnabled ?? false };
  if (c.ApplicationEncryptionConfiguration) description.ApplicationEncryptionConfigurationDescription = { ...c.ApplicationEncryptionConfiguration };
  description.VpcConfigurationDescriptions = (c.VpcConfigurations ?? []).map((vpc, i) => describeVpc(vpc, `1.${i + 1}`));
  if (isZeppelin(runtime)) {
    const z = c.ZeppelinApplicationConfiguration;
    description.ZeppelinApplicationConfigurationDescription = {
      MonitoringConfigurationDescription: { LogLevel: z?.MonitoringConfiguration?.LogLevel ?? 'INFO' },
      CatalogConfigurationDescription: z?.CatalogConfiguration
        ? { GlueDataCatalogConfigurationDescription: { DatabaseARN: z.CatalogConfiguration.GlueDataCatalogConfiguration.DatabaseARN } }
        : undefined,
      CustomArtifactsConfigurationDescription: z?.CustomArtifactsConfiguration?.map((a) => ({ ArtifactType: a.ArtifactType, MavenReferenceDescription: a.MavenReference, S3ContentLocationDescription: a.S3ContentLocation })),
      DeployAsApplicationConfigurationDescription: z?.DeployAsApplicationConfiguration
        ? { S3ContentLocationDescription: { ...z.DeployAsApplicationConfiguration.S3ContentLocation } }
        : undefined,
    };
  }
  return description;
}

/** UpdateApplication's ApplicationConfigurationUpdate applied to a description (a new one; the old is left as it was). */
export function updateConfiguration(
  runtime: RuntimeEnvironment,
  current: Kda.ApplicationConfigurationDescription,
  update: Kda.ApplicationConfigurationUpdate,
): Kda.ApplicationConfigurationDescription {
  const next: Kda.ApplicationConfigurationDescription = structuredClone(current);
  const sql = isSql(runtime);
  if (update.SqlApplicationConfigurationUpdate) {
    if (!sql) throw invalidArgument(`SqlApplicationConfigurationUpdate is not supported for runtime environment ${runtime}.`);
    next.SqlApplicationConfigurationDescription = updateSqlConfiguration(current.SqlApplicationConfigurationDescription ?? {}, update.SqlApplicationConfigurationUpdate);
  }
  if (sql && (update.FlinkApplicationConfigurationUpdate || update.EnvironmentPropertyUpdates || update.ApplicationSnapshotConfigurationUpdate || update.VpcConfigurationUpdates)) {
    throw invalidArgument('SQL applications support only SqlApplicationConfigurationUpdate and ApplicationCodeConfigurationUpdate.');
  }
  const code = update.ApplicationCodeConfigurationUpdate;
  if (code) {
    const contentType = code.CodeContentTypeUpdate ?? current.ApplicationCodeConfigurationDescription?.CodeContentType ?? 'PLAINTEXT';
    const content = code.CodeContentUpdate;
    const s3 = content?.S3ContentLocationUpdate;
    const previousS3 = current.ApplicationCodeConfigurationDescription?.CodeContentDescription?.S3ApplicationCodeLocationDescription;
    next.ApplicationCodeConfigurationDescription = content
      ? describeCode({
          CodeContentType: contentType,
          CodeContent: {
            TextContent: content.TextContentUpdate,
            ZipFileContent: content.ZipFileContentUpdate,
            S3ContentLocation: s3
              ? { BucketARN: s3.BucketARNUpdate ?? previousS3?.BucketARN ?? '', FileKey: s3.FileKeyUpdate ?? previousS3?.FileKey ?? '', ObjectVersion: s3.ObjectVersionUpdate ?? previousS3?.ObjectVersion }
              : undefined,
          },
        })
      : { ...current.ApplicationCodeConfigurationDescription, CodeContentType: contentType };
  }
  const flink = update.FlinkApplicationConfigurationUpdate;
  if (flink) {
    const description = (next.FlinkApplicationConfigurationDescription ??= {});
    const c = flink.CheckpointConfigurationUpdate;
    if (c) {
      description.CheckpointConfigurationDescription = c.ConfigurationTypeUpdate === 'DEFAULT'
        ? { ...DEFAULT_CHECKPOINTS }
        : {
            ...description.CheckpointConfigurationDescription,
            ConfigurationType: c.ConfigurationTypeUpdate ?? description.CheckpointConfigurationDescription?.ConfigurationType,
            ...(c.CheckpointingEnabledUpdate !== undefined ? { CheckpointingEnabled: c.CheckpointingEnabledUpdate } : {}),
            ...(c.CheckpointIntervalUpdate !== undefined ? { CheckpointInterval: c.CheckpointIntervalUpdate } : {}),
            ...(c.MinPauseBetweenCheckpointsUpdate !== undefined ? { MinPauseBetweenCheckpoints: c.MinPauseBetweenCheckpointsUpdate } : {}),
          };
    }
    const m = flink.MonitoringConfigurationUpdate;
    if (m) {
      description.MonitoringConfigurationDescription = m.ConfigurationTypeUpdate === 'DEFAULT'
        ? { ...DEFAULT_MONITORING }
        : {
            ...description.MonitoringConfigurationDescription,
            ConfigurationType: m.ConfigurationTypeUpdate ?? description.MonitoringConfigurationDescription?.ConfigurationType,
            ...(m.LogLevelUpdate ? { LogLevel: m.LogLevelUpdate } : {}),
            ...(m.MetricsLevelUpdate ? { MetricsLevel: m.MetricsLevelUpdate } : {}),
          };
    }
    const p = flink.ParallelismConfigurationUpdate;
    if (p) {
      const value = p.ParallelismUpdate ?? description.ParallelismConfigurationDescription?.Parallelism;
      description.ParallelismConfigurationDescription = p.ConfigurationTypeUpdate === 'DEFAULT'
        ? { ...DEFAULT_PARALLELISM }
        : {
            ...description.ParallelismConfigurationDescription,
            ConfigurationType: p.ConfigurationTypeUpdate ?? description.ParallelismConfigurationDescription?.ConfigurationType,
            Parallelism: value,
            CurrentParallelism: value,
            ...(p.ParallelismPerKPUUpdate !== undefined ? { ParallelismPerKPU: p.ParallelismPerKPUUpdate } : {}),
            ...(p.AutoScalingEnabledUpdate !== undefined ? { AutoScalingEnabled: p.AutoScalingEnabledUpdate } : {}),
          };
    }
  }
  if (update.EnvironmentPropertyUpdates) next.EnvironmentPropertyDescriptions = { PropertyGroupDescriptions: update.EnvironmentPropertyUpdates.PropertyGroups };
  if (update.ApplicationSnapshotConfigurationUpdate) {
    next.ApplicationSnapshotConfigurationDescription = { SnapshotsEnabled: update.ApplicationSnapshotConfigurationUpdate.SnapshotsEnabledUpdate };
  }
  if (update.ApplicationSystemRollbackConfigurationUpdate) {
    next.ApplicationSystemRollbackConfigurationDescription = { RollbackEnabled: update.ApplicationSystemRollbackConfigurationUpdate.RollbackEnabledUpdate };
  }
  if (update.ApplicationEncryptionConfigurationUpdate) {
    const e = update.ApplicationEncryptionConfigurationUpdate;
    next.ApplicationEncryptionConfigurationDescription = { KeyType: e.KeyTypeUpdate, KeyId: e.KeyTypeUpdate === 'CUSTOMER_MANAGED_KEY' ? e.KeyIdUpdate : undefined };
  }
  for (const change of update.VpcConfigurationUpdates ?? []) {
    const vpcs = next.VpcConfigurationDescriptions ?? [];
    const index = vpcs.findIndex((v) => v.VpcConfigurationId === change.VpcConfigurationId);
    if (index < 0) throw resourceNotFound(`VPC configuration ${change.VpcConfigurationId} does not exist.`);
    const vpc = vpcs[index]!;
    vpcs[index] = describeVpc({ SubnetIds: change.SubnetIdUpdates ?? vpc.SubnetIds, SecurityGroupIds: change.SecurityGroupIdUpdates ?? vpc.SecurityGroupIds }, vpc.VpcConfigurationId);
  }
  if (update.ZeppelinApplicationConfigurationUpdate) {
    if (!isZeppelin(runtime)) throw invalidArgument(`ZeppelinApplicationConfigurationUpdate is not supported for runtime environment ${runtime}.`);
    const z = update.ZeppelinApplicationConfigurationUpdate;
    const description = next.ZeppelinApplicationConfigurationDescription!;
    if (z.MonitoringConfigurationUpdate) description.MonitoringConfigurationDescription = { LogLevel: z.MonitoringConfigurationUpdate.LogLevelUpdate };
    if (z.CatalogConfigurationUpdate) {
      description.CatalogConfigurationDescription = { GlueDataCatalogConfigurationDescription: { DatabaseARN: z.CatalogConfigurationUpdate.GlueDataCatalogConfigurationUpdate.DatabaseARNUpdate } };
    }
    if (z.CustomArtifactsConfigurationUpdate) {
      description.CustomArtifactsConfigurationDescription = z.CustomArtifactsConfigurationUpdate.map((a) => ({ ArtifactType: a.ArtifactType, MavenReferenceDescription: a.MavenReference, S3ContentLocationDescription: a.S3ContentLocation }));
    }
  }
  return next;
}

export { nextId };
