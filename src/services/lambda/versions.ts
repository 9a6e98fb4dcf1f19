import type * as L from '../../generated/lambda.js';
import { functionArn } from './arns.js';
import { describeVersion } from './configuration.js';
import { functionNotFound, invalidParameter, resourceConflict, resourceNotFound } from './errors.js';
import { paginate, publishVersion, sortedVersions } from './functions.js';
import { provisionedKey, type LambdaService } from './service.js';
import type { AliasRecord, FunctionDoc } from './state.js';

type Operations = Partial<L.LambdaOperations>;

/** PublishVersion, ListVersionsByFunction and aliases (with weighted routing). */
export function versionOperations(service: LambdaService): Operations {
  function describeAlias(doc: FunctionDoc, alias: AliasRecord): L.AliasConfiguration {
    const out: L.AliasConfiguration = {
      AliasArn: functionArn(doc, alias.name),
      Name: alias.name,
      FunctionVersion: alias.functionVersion,
      Description: alias.description,
      RevisionId: alias.revisionId,
    };
    if (alias.weights) out.RoutingConfig = { AdditionalVersionWeights: { ...alias.weights } };
    return out;
  }

  function requireAlias(doc: FunctionDoc, name: string): AliasRecord {
    const alias = doc.aliases[name];
    if (!alias) throw resourceNotFound(`Alias not found: ${functionArn(doc, name)}`);
    return alias;
  }

  function checkVersion(doc: FunctionDoc, version: string): void {
    if (version === '$LATEST') return;
    if (!/^[0-9]+$/.test(version)) throw invalidParameter(`Invalid function version ${version}. An alias can only point to $LATEST or a published version.`);
    if (!doc.versions[version]) throw functionNotFound(functionArn(doc, version));
  }

  function checkWeights(doc: FunctionDoc, primary: string, routing: L.AliasRoutingConfiguration | undefined): Record<string, number> | undefined {
    const weights = routing?.AdditionalVersionWeights;
    if (!weights || !Object.keys(weights).length) return undefined;
    if (Object.keys(weights).length > 1) throw invalidParameter('Number of items in AdditionalVersionWeights cannot be greater than 1');
    if (primary === '$LATEST') throw invalidParameter('$LATEST is not supported for an alias pointing to more than 1 version');
    for (const [version, weight] of Object.entries(weights)) {
      if (version === primary) throw invalidParameter(`Invalid function version ${version}. Function version ${version} is already included in routing configuration.`);
      if (!doc.versions[version]) throw invalidParameter(`Function version ${version} does not exist.`);
      if (!(weight >= 0 && weight <= 1)) throw invalidParameter(`Invalid weight ${weight} for version ${version}: a weight is between 0.0 and 1.0.`);
    }
    return { ...weights };
  }

  return {
    PublishVersion(input, context) {
      const ref = service.ref(context, input.FunctionName, undefined, { allowQualifier: false });
      const doc = service.requireFunction(ref);
      service.checkRevision(input.RevisionId, doc.latest.config.revisionId);
      if (input.CodeSha256 !== undefined && input.CodeSha256 !== doc.latest.config.code.sha256) {
        throw invalidParameter(`CodeSHA256 (${input.CodeSha256}) is different from current CodeSHA256 in $LATEST (${doc.latest.config.code.sha256}). Please try again.`);
      }
      const out = publishVersion(service, doc, input.Description ?? '');
      service.save(doc);
      return out;
    },

    ListVersionsByFunction(input, context) {
      const ref = service.ref(context, input.FunctionName, undefined, { allowQualifier: false });
      const doc = service.requireFunction(ref);
      const rows = [describeVersion(doc, doc.latest, { qualifiedArn: true }), ...sortedVersions(doc).map((v) => describeVersion(doc, doc.versions[v]))];
      return paginate(rows, input.Marker, input.MaxItems ?? 50, (row) => row.Version!, (page, next) => ({ Versions: page, NextMarker: next }));
    },

    CreateAlias(input, context) {
      const ref = service.ref(context, input.FunctionName, undefined, { allowQualifier: false });
      const doc = service.requireFunction(ref);
      if (doc.aliases[input.Name]) throw resourceConflict(`Alias already exists: ${functionArn(doc, input.Name)}`);
      checkVersion(doc, input.FunctionVersion);
      const alias: AliasRecord = {
        name: input.Name,
        functionVersion: input.FunctionVersion,
        description: input.Description ?? '',
        weights: checkWeights(doc, input.FunctionVersion, input.RoutingConfig),
        revisionId: service.newRevision(),
      };
      doc.aliases[alias.name] = alias;
      service.save(doc);
      return describeAlias(doc, alias);
    },

    GetAlias(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      return describeAlias(doc, requireAlias(doc, input.Name));
    },

    UpdateAlias(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      const alias = requireAlias(doc, input.Name);
      service.checkRevision(input.RevisionId, alias.revisionId);
      const version = input.FunctionVersion ?? alias.functionVersion;
      checkVersion(doc, version);
      alias.functionVersion = version;
      if (input.Description !== undefined) alias.description = input.Description;
      if (input.RoutingConfig !== undefined) alias.weights = checkWeights(doc, version, input.RoutingConfig);
      else if (alias.weights) alias.weights = checkWeights(doc, version, { AdditionalVersionWeights: alias.weights });
      alias.revisionId = service.newRevision();
      service.save(doc);
      return describeAlias(doc, alias);
    },

    DeleteAlias(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      if (doc.aliases[input.Name]) {
        delete doc.aliases[input.Name];
        delete doc.urls[input.Name];
        delete doc.policies[input.Name];
        delete doc.eventInvokeConfigs[input.Name];
        delete doc.provisioned[input.Name];
        service.save(doc);
        service.provisioned.release(provisionedKey(doc, input.Name));
      }
    },

    ListAliases(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      const rows = Object.values(doc.aliases)
        .filter((alias) => input.FunctionVersion === undefined || alias.functionVersion === input.FunctionVersion)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((alias) => describeAlias(doc, alias));
      return paginate(rows, input.Marker, input.MaxItems ?? 50, (row) => row.Name!, (page, next) => ({ Aliases: page, NextMarker: next }));
    },
  };
}
