import type { RequestContext } from '../../core/context.js';
import type * as L from '../../generated/lambda.js';
import { layerArn, parseLayerName, parseLayerVersionArn } from './arns.js';
import { inspectZip } from './code.js';
import { lastModifiedText } from './configuration.js';
import { invalidParameter, resourceNotFound } from './errors.js';
import { paginate } from './functions.js';
import { layerAccessDenied, layerUsableBy } from './layer-permissions.js';
import { fetchS3Code } from './s3-code.js';
import type { LambdaService } from './service.js';
import type { LayerVersionRecord } from './state.js';

type Operations = Partial<L.LambdaOperations>;

/** Layers: versioned zips whose contents functions see under /opt. */
export function layerOperations(service: LambdaService): Operations {
  const { state } = service;

  function describe(layer: LayerVersionRecord, context: RequestContext): L.GetLayerVersionResponse {
    const out: L.GetLayerVersionResponse = {
      Content: {
        Location: service.codeUrl(context, layer.code.hex, 'layers', layer.name),
        CodeSha256: layer.code.sha256,
        CodeSize: layer.code.size,
      },
      LayerArn: layerArn(layer.account, layer.region, layer.name),
      LayerVersionArn: layerArn(layer.account, layer.region, layer.name, layer.version),
      Description: layer.description,
      CreatedDate: lastModifiedText(layer.created),
      Version: layer.version,
    };
    if (layer.compatibleRuntimes?.length) out.CompatibleRuntimes = layer.compatibleRuntimes as L.GetLayerVersionResponse['CompatibleRuntimes'];
    if (layer.compatibleArchitectures?.length) out.CompatibleArchitectures = layer.compatibleArchitectures as Array<'x86_64' | 'arm64'>;
    if (layer.licenseInfo) out.LicenseInfo = layer.licenseInfo;
    return out;
  }

  function listItem(layer: LayerVersionRecord): L.LayerVersionsListItem {
    const out: L.LayerVersionsListItem = {
      LayerVersionArn: layerArn(layer.account, layer.region, layer.name, layer.version),
      Version: layer.version,
      Description: layer.description,
      CreatedDate: lastModifiedText(layer.created),
    };
    if (layer.compatibleRuntimes?.length) out.CompatibleRuntimes = layer.compatibleRuntimes as L.LayerVersionsListItem['CompatibleRuntimes'];
    if (layer.compatibleArchitectures?.length) out.CompatibleArchitectures = layer.compatibleArchitectures as Array<'x86_64' | 'arm64'>;
    if (layer.licenseInfo) out.LicenseInfo = layer.licenseInfo;
    return out;
  }

  /** A layer version the caller may read: its own, or another account's that a layer permission shares with it. */
  function readableLayer(context: RequestContext, account: string, region: string, name: string, version: number): LayerVersionRecord {
    const layer = state.getLayerVersion(account, region, name, version);
    if (!layer) {
      if (account !== context.accountId) throw layerAccessDenied(context, 'lambda:GetLayerVersion', layerArn(account, region, name, version));
      throw resourceNotFound('The resource you requested does not exist.');
    }
    if (!layerUsableBy(layer, context.accountId)) throw layerAccessDenied(context, 'lambda:GetLayerVersion', layerArn(account, region, name, version));
    return layer;
  }

  function requireLayer(context: RequestContext, name: string, version: number): LayerVersionRecord {
    const where = parseLayerName(name, context);
    return readableLayer(context, where.account, where.region, where.name, version);
  }

  function matches(layer: LayerVersionRecord, runtime?: string, architecture?: string): boolean {
    if (runtime && !(layer.compatibleRuntimes ?? []).includes(runtime)) return false;
    if (architecture && !(layer.compatibleArchitectures ?? []).includes(architecture)) return false;
    return true;
  }

  return {
    async PublishLayerVersion(input, context) {
      const where = parseLayerName(input.LayerName, context);
      if (where.account !== context.accountId) throw invalidParameter('Layers can only be published in your own account.');
      const content = input.Content;
      let zip: Buffer;
      let direct = true;
      if (content.ZipFile !== undefined) zip = Buffer.from(content.ZipFile);
      else if (content.S3Bucket !== undefined && content.S3Key !== undefined) {
        zip = await fetchS3Code(service.runtime, context, content.S3Bucket, content.S3Key, content.S3ObjectVersion);
        direct = false;
      } else throw invalidParameter('Please provide a source for the layer content.');
      if ((input.CompatibleRuntimes?.length ?? 0) > 15) throw invalidParameter('Number of CompatibleRuntimes cannot be greater than 15.');
      const code = inspectZip(zip, { direct, operation: 'PublishLayerVersion' });
      service.code.save(zip, code);
      const layer: LayerVersionRecord = {
        account: where.account,
        region: where.region,
        name: where.name,
        version: state.nextLayerVersion(where.account, where.region, where.name),
        description: input.Description ?? '',
        licenseInfo: input.LicenseInfo,
        compatibleRuntimes: input.CompatibleRuntimes,
        compatibleArchitectures: input.CompatibleArchitectures,
        created: service.runtime.clock.now(),
        code,
        policy: [],
        policyRevision: service.newRevision(),
      };
      state.saveLayerVersion(layer);
      return describe(layer, context);
    },

    GetLayerVersion(input, context) {
      return describe(requireLayer(context, input.LayerName, input.VersionNumber), context);
    },

    GetLayerVersionByArn(input, context) {
      const parsed = parseLayerVersionArn(input.Arn);
      if (!parsed) throw invalidParameter(`${input.Arn} is not a valid layer version ARN.`);
      return describe(readableLayer(context, parsed.account, parsed.region, parsed.name, parsed.version), context);
    },

    DeleteLayerVersion(input, context) {
      const where = parseLayerName(input.LayerName, context);
      if (where.account !== context.accountId) throw layerAccessDenied(context, 'lambda:DeleteLayerVersion', layerArn(where.account, where.region, where.name, input.VersionNumber));
      state.deleteLayerVersion(where.account, where.region, where.name, input.VersionNumber);
    },

    ListLayerVersions(input, context) {
      const where = parseLayerName(input.LayerName, context);
      // Layer permissions grant GetLayerVersion only: listing another account's versions is never allowed.
      if (where.account !== context.accountId) throw layerAccessDenied(context, 'lambda:ListLayerVersions', layerArn(where.account, where.region, where.name));
      const rows = state
        .listLayerVersions(where.account, where.region, where.name)
        .filter((layer) => matches(layer, input.CompatibleRuntime, input.CompatibleArchitecture))
        .map(listItem);
      return paginate(rows, input.Marker, input.MaxItems ?? 50, (row) => String(row.Version), (page, next) => ({ LayerVersions: page, NextMarker: next }));
    },

    ListLayers(input, context) {
      const latest = new Map<string, LayerVersionRecord>();
      for (const layer of state.listLayerVersions(context.accountId, context.region)) {
        if (!matches(layer, input.CompatibleRuntime, input.CompatibleArchitecture)) continue;
        if (!latest.has(layer.name)) latest.set(layer.name, layer);
      }
      const rows: L.LayersListItem[] = [...latest.values()].map((layer) => ({
        LayerName: layer.name,
        LayerArn: layerArn(layer.account, layer.region, layer.name),
        LatestMatchingVersion: listItem(layer),
      }));
      return paginate(rows, input.Marker, input.MaxItems ?? 50, (row) => row.LayerName!, (page, next) => ({ Layers: page, NextMarker: next }));
    },
  };
}
