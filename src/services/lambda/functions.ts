import type { RequestContext } from '../../core/context.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as L from '../../generated/lambda.js';
import { functionArn, parseLayerVersionArn } from './arns.js';
import { layerAccessDenied, layerUsableBy } from './layer-permissions.js';
import { inspectZip, MAX_UNZIPPED_BYTES } from './code.js';
import {
  checkEnvironment,
  checkMemory,
  checkRuntime,
  checkTimeout,
  DEFAULT_MEMORY,
  DEFAULT_TIMEOUT,
  describeVersion,
  MAX_LAYERS,
} from './configuration.js';
import { durableConfigFrom } from './durable/durable-config.js';
import { invalidParameter, resourceConflict } from './errors.js';
import type { LambdaService } from './service.js';
import type { CodeRecord, FunctionDoc, LayerRef, VersionConfig } from './state.js';
import { fetchS3Code } from './s3-code.js';
import { checkDeadLetterTarget } from './target-arns.js';
import { requireDeadLetterPermission } from './destination-permissions.js';
import { capacityProviderConfigFrom } from './capacity-provider-config.js';
import { planUnpack } from './zip-archive.js';

type Operations = Partial<L.LambdaOperations>;

const FUNCTION_NAME = /^[a-zA-Z0-9-_]{1,64}$/;

/** CreateFunction, Get/Update/Delete/List: the functions themselves. */
export function functionOperations(service: LambdaService): Operations {
  const { state, code } = service;

  async function codeFrom(
    input: { ZipFile?: Buffer; S3Bucket?: string; S3Key?: string; S3ObjectVersion?: string; ImageUri?: string },
    operation: string,
    context: RequestContext,
  ): Promise<CodeRecord> {
    let zip: Buffer;
    let direct = true;
    if (input.ZipFile !== undefined) {
      if (input.S3Bucket !== undefined || input.S3Key !== undefined) {
        throw invalidParameter('Please do not provide other FunctionCode parameters when providing a ZipFile.');
      }
      zip = Buffer.from(input.ZipFile);
    } else if (input.S3Bucket !== undefined || input.S3Key !== undefined) {
      if (input.S3Bucket === undefined || input.S3Key === undefined) throw invalidParameter('Please provide both S3Bucket and S3Key when providing an S3 location.');
      zip = await fetchS3Code(service.runtime, context, input.S3Bucket, input.S3Key, input.S3ObjectVersion);
      direct = false;
    } else {
      throw invalidParameter('Please provide a source for function code.');
    }
    const record = inspectZip(zip, { direct, operation });
    code.save(zip, record);
    return record;
  }

  function layersFrom(arns: string[] | undefined, context: RequestContext, functionCode: CodeRecord): LayerRef[] {
    if (!arns) return [];
    if (arns.length > MAX_LAYERS) throw invalidParameter(`Cannot reference more than ${MAX_LAYERS} layers.`);
    let total = functionCode.unzippedSize;
    const refs = arns.map((arnText) => {
      const parsed = parseLayerVersionArn(arnText);
      const layer = parsed && state.getLayerVersion(parsed.account, parsed.region, parsed.name, parsed.version);
      if (!layer) throw invalidParameter(`Layer version ${arnText} does not exist.`);
      if (!layerUsableBy(layer, context.accountId)) throw layerAccessDenied(context, 'lambda:GetLayerVersion', arnText);
      total += layer.code.unzippedSize;
      return { arn: arnText, codeSize: layer.code.size, code: layer.code };
    });
    if (new Set(arns.map((a) => a.replace(/:\d+$/, ''))).size !== arns.length) {
      throw invalidParameter('Two different versions of the same layer are not allowed to be referenced in the same function.');
    }
    if (total > MAX_UNZIPPED_BYTES) throw invalidParameter(`Function code combined with layers exceeds the maximum allowed size of ${MAX_UNZIPPED_BYTES} bytes. The actual size is ${total} bytes.`);
    // Layers unpack one over the other into /opt: a link one layer makes must not lead another's paths outside.
    if (refs.length > 1) planUnpack(refs.map((ref) => code.read(ref.code)));
    return refs;
  }

  function configure(config: VersionConfig, input: Partial<L.UpdateFunctionConfigurationRequest>, context: RequestContext): void {
    if (input.Runtime !== undefined) config.runtime = input.Runtime;
    if (input.Handler !== undefined) config.handler = input.Handler;
    if (input.Role !== undefined) config.role = input.Role;
    if (input.Description !== undefined) config.description = input.Description;
    if (input.Timeout !== undefined) config.timeout = input.Timeout;
    if (input.MemorySize !== undefined) config.memorySize = input.MemorySize;
    if (input.EphemeralStorage?.Size !== undefined) config.ephemeralStorage = input.EphemeralStorage.Size;
    if (input.Environment !== undefined) {
      const variables = input.Environment.Variables ?? {};
      config.environment = Object.keys(variables).length ? { ...variables } : undefined;
    }
    if (input.TracingConfig?.Mode !== undefined) config.tracingMode = input.TracingConfig.Mode;
    if (input.DeadLetterConfig !== undefined) {
      const target = input.DeadLetterConfig.TargetArn;
      if (target !== undefined) checkDeadLetterTarget(target);
      config.deadLetterTargetArn = target || undefined;
    }
    if (input.Layers !== undefined) config.layers = layersFrom(input.Layers, context, config.code);
    if (input.KMSKeyArn !== undefined) config.kmsKeyArn = input.KMSKeyArn || undefined;
    if (input.VpcConfig !== undefined) config.vpcConfig = { ...input.VpcConfig };
    if (input.FileSystemConfigs !== undefined) config.fileSystemConfigs = input.FileSystemConfigs.map((c) => ({ ...c }));
    if (input.LoggingConfig !== undefined) config.loggingConfig = { ...input.LoggingConfig };
    if (input.ImageConfig !== undefined) config.imageConfig = { ...input.ImageConfig };
    if (input.CapacityProviderConfig !== undefined) config.capacityProviderConfig = capacityProviderConfigFrom(input.CapacityProviderConfig, context, (account, region, name) => Boolean(state.getCapacityProvider(account, region, name)));
    if (input.DurableConfig !== undefined) config.durableConfig = durableConfigFrom(input.DurableConfig, config.durableConfig);
  }

  function describe(doc: FunctionDoc, qualifier: string | undefined): L.FunctionConfiguration {
    const record = service.requireVersion(doc, qualifier);
    return describeVersion(doc, record, { qualifiedArn: qualifier !== undefined });
  }

  return {
    async CreateFunction(input, context) {
      const ref = service.ref(context, input.FunctionName, undefined, { allowQualifier: false });
      if (!FUNCTION_NAME.test(ref.name)) {
        throw invalidParameter(`1 validation error detected: Value '${input.FunctionName}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 64`);
      }
      const packageType = input.PackageType ?? 'Zip';
      if (packageType === 'Image') {
        throw invalidParameter('Nimbus cannot run container image functions (PackageType Image): no container engine is reachable from it. Use a .zip package with a Node.js, Python or provided runtime.');
      }
      checkRuntime(input.Runtime, packageType);
      if (!input.Handler && !input.Runtime?.startsWith('provided')) throw invalidParameter('Runtime and Handler are mandatory parameters for functions created with deployment packages.');
      checkMemory(input.MemorySize);
      checkTimeout(input.Timeout);
      checkEnvironment(input.Environment?.Variables);
      await requireDeadLetterPermission(service.runtime, input.Role, input.DeadLetterConfig?.TargetArn);
      if (state.getFunction(ref.account, ref.region, ref.name)) throw resourceConflict(`Function already exist: ${ref.name}`);
      const codeRecord = await codeFrom(input.Code, 'CreateFunction', context);
      const now = service.runtime.clock.now();
      const config: VersionConfig = {
        role: input.Role,
        description: input.Description ?? '',
        timeout: input.Timeout ?? DEFAULT_TIMEOUT,
        memorySize: input.MemorySize ?? DEFAULT_MEMORY,
        ephemeralStorage: input.EphemeralStorage?.Size ?? 512,
        layers: [],
        architectures: input.Architectures ?? ['x86_64'],
        tracingMode: input.TracingConfig?.Mode ?? 'PassThrough',
        packageType,
        lastModified: now,
        revisionId: service.newRevision(),
        code: codeRecord,
      };
      configure(config, { ...input, Layers: input.Layers }, context);
      const doc: FunctionDoc = {
        account: ref.account,
        region: ref.region,
        name: ref.name,
        latest: { version: '$LATEST', config, generation: 1 },
        versions: {},
        nextVersion: 1,
        aliases: {},
        tags: { ...(input.Tags ?? {}) },
        policies: {},
        eventInvokeConfigs: {},
        urls: {},
        provisioned: {},
      };
      let published: L.FunctionConfiguration | undefined;
      if (input.Publish) published = publishVersion(service, doc, '');
      service.save(doc);
      const out = published ?? describeVersion(doc, doc.latest);
      return { ...out, State: 'Pending' as const, StateReason: 'The function is being created.', StateReasonCode: 'Creating' as const, LastUpdateStatus: undefined };
    },

    GetFunction(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const doc = service.requireFunction(ref);
      const record = service.requireVersion(doc, ref.qualifier);
      const out: L.GetFunctionResponse = {
        Configuration: describeVersion(doc, record, { qualifiedArn: ref.qualifier !== undefined }),
        Code: { RepositoryType: 'S3', Location: service.codeUrl(context, record.config.code.hex, 'functions', doc.name) },
      };
      if (Object.keys(doc.tags).length) out.Tags = { ...doc.tags };
      if (doc.reservedConcurrency !== undefined) out.Concurrency = { ReservedConcurrentExecutions: doc.reservedConcurrency };
      return out;
    },

    GetFunctionConfiguration(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      return describe(service.requireFunction(ref), ref.qualifier);
    },

    async UpdateFunctionCode(input, context) {
      const ref = service.ref(context, input.FunctionName, undefined, { allowQualifier: false });
      const doc = service.requireFunction(ref);
      service.checkRevision(input.RevisionId, doc.latest.config.revisionId);
      if (input.ImageUri !== undefined) throw invalidParameter('Please provide a zip file for a function whose PackageType is Zip.');
      const codeRecord = await codeFrom(input, 'UpdateFunctionCode', context);
      if (input.DryRun) {
        return { ...describeVersion(doc, doc.latest), CodeSha256: codeRecord.sha256, CodeSize: codeRecord.size };
      }
      const config = doc.latest.config;
      config.code = codeRecord;
      if (input.Architectures) config.architectures = input.Architectures;
      config.lastModified = service.runtime.clock.now();
      config.revisionId = service.newRevision();
      doc.latest.generation++;
      let published: L.FunctionConfiguration | undefined;
      if (input.Publish) published = publishVersion(service, doc, '');
      service.save(doc);
      service.retire(doc, '$LATEST');
      const out = published ?? describeVersion(doc, doc.latest);
      return { ...out, LastUpdateStatus: 'InProgress' as const, LastUpdateStatusReason: 'The function is being created.', LastUpdateStatusReasonCode: 'Creating' as L.FunctionConfiguration['LastUpdateStatusReasonCode'] };
    },

    async UpdateFunctionConfiguration(input, context) {
      const ref = service.ref(context, input.FunctionName, undefined, { allowQualifier: false });
      const doc = service.requireFunction(ref);
      service.checkRevision(input.RevisionId, doc.latest.config.revisionId);
      if (input.Runtime !== undefined) checkRuntime(input.Runtime, doc.latest.config.packageType);
      checkMemory(input.MemorySize);
      checkTimeout(input.Timeout);
      checkEnvironment(input.Environment?.Variables);
      await requireDeadLetterPermission(service.runtime, input.Role ?? doc.latest.config.role, input.DeadLetterConfig?.TargetArn);
      const config = doc.latest.config;
      configure(config, input, context);
      config.lastModified = service.runtime.clock.now();
      config.revisionId = service.newRevision();
      doc.latest.generation++;
      service.save(doc);
      service.retire(doc, '$LATEST');
      return { ...describeVersion(doc, doc.latest), LastUpdateStatus: 'InProgress' as const, LastUpdateStatusReason: 'The function is being created.', LastUpdateStatusReasonCode: 'Creating' as L.FunctionConfiguration['LastUpdateStatusReasonCode'] };
    },

    DeleteFunction(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const doc = service.requireFunction(ref);
      if (ref.qualifier !== undefined) {
        if (ref.qualifier === '$LATEST') throw invalidParameter('$LATEST version cannot be deleted without deleting the function.');
        const record = doc.versions[ref.qualifier];
        if (!record) throw invalidParameter(`Deletion of aliases is not supported. Use DeleteAlias instead.`);
        const using = Object.values(doc.aliases)
          .filter((a) => a.functionVersion === ref.qualifier || (a.weights && ref.qualifier! in a.weights))
          .map((a) => a.name);
        if (using.length) throw resourceConflict(`Unable to delete version because the following aliases reference it: [${using.join(', ')}]`);
        delete doc.versions[ref.qualifier];
        delete doc.provisioned[ref.qualifier];
        delete doc.eventInvokeConfigs[ref.qualifier];
        delete doc.policies[ref.qualifier];
        service.save(doc);
        service.retire(doc, ref.qualifier);
        code.prune(state.referencedCode(), record.config.code.hex);
        return {};
      }
      state.deleteFunction(doc.account, doc.region, doc.name);
      service.setReservation(doc, undefined);
      service.retire(doc);
      const used = state.referencedCode();
      for (const record of [doc.latest, ...Object.values(doc.versions)]) code.prune(used, record.config.code.hex);
      return {};
    },

    ListFunctions(input, context) {
      const all = state.listFunctions(context.accountId, context.region);
      const rows: L.FunctionConfiguration[] = [];
      for (const doc of all) {
        rows.push(describeVersion(doc, doc.latest));
        if (input.FunctionVersion === 'ALL') for (const version of sortedVersions(doc)) rows.push(describeVersion(doc, doc.versions[version]));
      }
      return paginate(rows, input.Marker, input.MaxItems ?? 50, (row) => `${row.FunctionName}:${row.Version}`, (page, next) => ({ Functions: page, NextMarker: next }));
    },

    GetAccountSettings(_input, context) {
      const functions = state.listFunctions(context.accountId, context.region);
      let total = 0;
      for (const doc of functions) {
        total += doc.latest.config.code.size;
        for (const version of Object.values(doc.versions)) total += version.config.code.size;
      }
      for (const layer of state.listLayerVersions(context.accountId, context.region)) total += layer.code.size;
      const limit = service.invoker.accountLimit;
      return {
        AccountLimit: {
          TotalCodeSize: 80_530_636_800,
          CodeSizeUnzipped: MAX_UNZIPPED_BYTES,
          CodeSizeZipped: 52_428_800,
          ConcurrentExecutions: limit,
          UnreservedConcurrentExecutions: limit - service.reservedTotal(context.accountId, context.region),
        },
        AccountUsage: { TotalCodeSize: total, FunctionCount: functions.length },
      };
    },
  };
}

/** Publishes $LATEST as a new version if anything changed since the last one; else answers the last one. */
export function publishVersion(service: LambdaService, doc: FunctionDoc, description: string): L.FunctionConfiguration {
  const latest = doc.latest;
  const hash = configHashOf(latest.config);
  if (doc.lastPublished && doc.lastPublished.sha256 === latest.config.code.sha256 && doc.lastPublished.configHash === hash && doc.versions[doc.lastPublished.version]) {
    return describeVersion(doc, doc.versions[doc.lastPublished.version]);
  }
  const version = String(doc.nextVersion++);
  const config = structuredClone(latest.config);
  config.description = description || latest.config.description;
  config.lastModified = service.runtime.clock.now();
  config.revisionId = service.newRevision();
  doc.versions[version] = { version, config, generation: 1 };
  doc.lastPublished = { sha256: latest.config.code.sha256, configHash: hash, version };
  return describeVersion(doc, doc.versions[version]);
}

import { configHash as configHashOf } from './configuration.js';

export function sortedVersions(doc: FunctionDoc): string[] {
  return Object.keys(doc.versions).sort((a, b) => Number(a) - Number(b));
}

/** Marker pagination through core page tokens: the marker names the last item returned. */
export function paginate<T, R>(rows: T[], marker: string | undefined, max: number, keyOf: (row: T) => string, build: (page: T[], next?: string) => R): R {
  const page = pageAfterKey(rows, keyOf, max, marker || undefined, () => invalidParameter('Invalid marker'));
  return build(page.items, page.nextToken);
}

