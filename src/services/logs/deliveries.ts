import { randomInt } from 'node:crypto';
import { arn, parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import { evaluatePolicy, parsePolicy, PolicyError } from '../../core/policy.js';
import type * as Logs from '../../generated/logs.js';
import {
  configurationTemplates,
  destinationTypeOf,
  destinationTypesFor,
  OUTPUT_FORMATS,
  sourceKindOf,
  SOURCE_KINDS,
  type DestinationType,
  type OutputFormat,
} from './delivery-catalog.js';
import { conflict, notAuthorized, notFound, validation } from './errors.js';
import type { LogsService, Scope } from './service.js';

/**
 * Vended-logs delivery: delivery sources (an AWS resource and the type of log it sends),
 * delivery destinations (a log group, bucket, Firehose stream or X-Ray), their cross-account
 * policies, and deliveries pairing one source with one destination. Nimbus stores and checks
 * them as AWS does; the services that would send these logs are not served yet.
 */

const SOURCE = 'delivery-source';
const DESTINATION = 'delivery-destination';
const DELIVERY = 'delivery';

interface StoredSource {
  resourceArn: string;
  service: string;
  logType: string;
  tags: Record<string, string>;
  configuration?: Record<string, string>;
}

interface StoredDestination {
  type: DestinationType;
  resourceArn?: string;
  outputFormat?: OutputFormat;
  tags: Record<string, string>;
  policy?: string;
}

interface StoredDelivery {
  sourceName: string;
  destinationArn: string;
  destinationType: DestinationType;
  recordFields?: string[];
  fieldDelimiter?: string;
  s3?: Logs.S3DeliveryConfiguration;
  tags: Record<string, string>;
}

/** The delivery APIs answer a token they did not give out with ValidationException. */
const invalidToken = () => validation('The specified nextToken is invalid.');

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A delivery id as AWS gives them: 16 letters and digits. */
function deliveryId(): string {
  let id = '';
  for (let i = 0; i < 16; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}

export function deliveryOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;
  const now = () => service.clock.now();
  const logsArn = (scope: Scope, resource: string) => arn({ service: 'logs', region: scope.region, account: scope.accountId, resource });

  const sources = (scope: Scope) => state.configurations<StoredSource>(scope.accountId, scope.region, SOURCE);
  const destinations = (scope: Scope) => state.configurations<StoredDestination>(scope.accountId, scope.region, DESTINATION);
  const deliveries = (scope: Scope) => state.configurations<StoredDelivery>(scope.accountId, scope.region, DELIVERY);

  function requireSource(scope: Scope, name: string): StoredSource {
    const row = state.configuration<StoredSource>(scope.accountId, scope.region, SOURCE, name);
    if (!row) throw notFound(`Delivery source ${name} does not exist.`);
    return row.body;
  }

  function requireDestination(scope: Scope, name: string): StoredDestination {
    const row = state.configuration<StoredDestination>(scope.accountId, scope.region, DESTINATION, name);
    if (!row) throw notFound(`Delivery destination ${name} does not exist.`);
    return row.body;
  }

  function requireDelivery(scope: Scope, id: string): StoredDelivery {
    const row = state.configuration<StoredDelivery>(scope.accountId, scope.region, DELIVERY, id);
    if (!row) throw notFound(`Delivery ${id} does not exist.`);
    return row.body;
  }

  function sourceView(scope: Scope, name: string, source: StoredSource): Logs.DeliverySource {
    return {
      name,
      arn: logsArn(scope, `delivery-source:${name}`),
      resourceArns: [source.resourceArn],
      service: source.service,
      logType: source.logType,
      tags: source.tags,
      deliverySourceConfiguration: source.configuration,
    };
  }

  function destinationView(scope: Scope, name: string, destination: StoredDestination): Logs.DeliveryDestination {
    return {
      name,
      arn: logsArn(scope, `delivery-destination:${name}`),
      deliveryDestinationType: destination.type,
      outputFormat: destination.outputFormat,
      deliveryDestinationConfiguration: destination.resourceArn ? { destinationResourceArn: destination.resourceArn } : undefined,
      tags: destination.tags,
    };
  }

  function deliveryView(scope: Scope, id: string, delivery: StoredDelivery): Logs.Delivery {
    return {
      id,
      arn: logsArn(scope, `delivery:${id}`),
      deliverySourceName: delivery.sourceName,
      deliveryDestinationArn: delivery.destinationArn,
      deliveryDestinationType: delivery.destinationType,
      recordFields: delivery.recordFields,
      fieldDelimiter: delivery.fieldDelimiter,
      s3DeliveryConfiguration: delivery.s3,
      tags: delivery.tags,
    };
  }

  /** A delivery's record fields, delimiter and S3 settings, checked against the source's template. */
  function deliveryConfiguration(source: StoredSource, destinationType: DestinationType, input: Pick<Logs.CreateDeliveryRequest, 'recordFields' | 'fieldDelimiter' | 's3DeliveryConfiguration'>) {
    const kind = sourceKindOf(source.resourceArn);
    if (input.recordFields) {
      const allowed = new Set(kind?.fields?.map((f) => f.name) ?? []);
      const unknown = input.recordFields.filter((field) => !allowed.has(field));
      if (unknown.length) throw validation(`The record fields [${unknown.join(', ')}] are not supported for log type ${source.logType}.`);
    }
    if (input.s3DeliveryConfiguration && destinationType !== 'S3') throw validation('s3DeliveryConfiguration can only be set for a delivery to an S3 delivery destination.');
    if (input.s3DeliveryConfiguration?.suffixPath !== undefined) {
      const fields = input.s3DeliveryConfiguration.suffixPath.match(/\{[^}]*\}/g) ?? [];
      const bad = fields.filter((field) => !['{account-id}', '{region}', '{yyyy}', '{MM}', '{dd}', '{HH}'].includes(field));
      if (bad.length) throw validation(`The suffix path fields [${bad.join(', ')}] are not supported.`);
    }
    return {
      recordFields: input.recordFields ?? kind?.fields?.map((f) => f.name),
      fieldDelimiter: input.fieldDelimiter ?? (destinationType === 'XRAY' ? undefined : ''),
      s3: destinationType === 'S3' ? { suffixPath: input.s3DeliveryConfiguration?.suffixPath, enableHiveCompatiblePath: input.s3DeliveryConfiguration?.enableHiveCompatiblePath ?? false } : undefined,
    };
  }

  return {
    PutDeliverySource(input, context) {
      const kind = sourceKindOf(input.resourceArn);
      if (!kind) throw validation(`The resource ARN ${input.resourceArn} is not a supported delivery source.`);
      const parsed = parseArn(input.resourceArn)!;
      if (parsed.account !== context.accountId) throw validation('The resource of a delivery source must be in the caller\'s account.');
      if (!kind.logTypes.includes(input.logType)) throw validation(`Log type ${input.logType} is not supported for service ${kind.service}. Supported log types: ${kind.logTypes.join(', ')}.`);
      const others = sources(context);
      if (others.some((row) => row.name !== input.name && row.body.resourceArn === input.resourceArn && row.body.logType === input.logType)) {
        throw conflict('This ResourceId has already been used in another Delivery Source in this account.');
      }
      const current = others.find((row) => row.name === input.name)?.body;
      if (current && (current.resourceArn !== input.resourceArn || current.logType !== input.logType) && deliveries(context).some((d) => d.body.sourceName === input.name)) {
        throw conflict(`Delivery source ${input.name} has deliveries; its resource and log type cannot change until they are deleted.`);
      }
      const source: StoredSource = {
        resourceArn: input.resourceArn,
        service: kind.service,
        logType: input.logType,
        tags: current?.tags ?? input.tags ?? {},
        configuration: input.deliverySourceConfiguration,
      };
      state.putConfiguration(context.accountId, context.region, SOURCE, input.name, source, now());
      return { deliverySource: sourceView(context, input.name, source) };
    },

    GetDeliverySource(input, context) {
      return { deliverySource: sourceView(context, input.name, requireSource(context, input.name)) };
    },

    DescribeDeliverySources(input, context) {
      const page = pageAfterKey(sources(context), (row) => row.name, input.limit ?? 50, input.nextToken, invalidToken);
      return { deliverySources: page.items.map((row) => sourceView(context, row.name, row.body)), nextToken: page.nextToken };
    },

    DeleteDeliverySource(input, context) {
      requireSource(context, input.name);
      if (deliveries(context).some((d) => d.body.sourceName === input.name)) {
        throw conflict(`Delivery source ${input.name} is in use by one or more deliveries; delete them first.`);
      }
      state.deleteConfiguration(context.accountId, context.region, SOURCE, input.name);
    },

    PutDeliveryDestination(input, context) {
      const resourceArn = input.deliveryDestinationConfiguration?.destinationResourceArn;
      let type: DestinationType;
      if (resourceArn) {
        const derived = destinationTypeOf(resourceArn);
        if (!derived) throw validation(`The destination resource ARN ${resourceArn} is not a log group, an S3 bucket or a Firehose delivery stream.`);
        if (input.deliveryDestinationType && input.deliveryDestinationType !== derived) {
          throw validation(`The delivery destination type ${input.deliveryDestinationType} does not match the destination resource ARN ${resourceArn}.`);
        }
        type = derived;
      } else {
        if (input.deliveryDestinationType !== 'XRAY') throw validation('deliveryDestinationConfiguration is required unless the delivery destination type is XRAY.');
        type = 'XRAY';
      }
      if (input.outputFormat && !OUTPUT_FORMATS[type].includes(input.outputFormat)) {
        throw validation(`Output format ${input.outputFormat} is not supported for delivery destination type ${type}.`);
      }
      const current = state.configuration<StoredDestination>(context.accountId, context.region, DESTINATION, input.name)?.body;
      const destinationArn = logsArn(context, `delivery-destination:${input.name}`);
      if (current && current.resourceArn !== resourceArn && deliveries(context).some((d) => d.body.destinationArn === destinationArn)) {
        throw conflict(`Delivery destination ${input.name} has deliveries; its destination resource cannot change until they are deleted.`);
      }
      const destination: StoredDestination = {
        type,
        resourceArn,
        outputFormat: input.outputFormat ?? (type === 'XRAY' ? undefined : current?.outputFormat ?? 'json'),
        tags: current?.tags ?? input.tags ?? {},
        policy: current?.policy,
      };
      state.putConfiguration(context.accountId, context.region, DESTINATION, input.name, destination, now());
      return { deliveryDestination: destinationView(context, input.name, destination) };
    },

    GetDeliveryDestination(input, context) {
      return { deliveryDestination: destinationView(context, input.name, requireDestination(context, input.name)) };
    },

    DescribeDeliveryDestinations(input, context) {
      const page = pageAfterKey(destinations(context), (row) => row.name, input.limit ?? 50, input.nextToken, invalidToken);
      return { deliveryDestinations: page.items.map((row) => destinationView(context, row.name, row.body)), nextToken: page.nextToken };
    },

    DeleteDeliveryDestination(input, context) {
      requireDestination(context, input.name);
      const destinationArn = logsArn(context, `delivery-destination:${input.name}`);
      // Deliveries from other accounts count too: they live in the source's account.
      if (state.configurationsOfKind<StoredDelivery>(DELIVERY).some((d) => d.body.destinationArn === destinationArn)) {
        throw conflict(`Delivery destination ${input.name} is in use by one or more deliveries; delete them first.`);
      }
      state.deleteConfiguration(context.accountId, context.region, DESTINATION, input.name);
    },

    PutDeliveryDestinationPolicy(input, context) {
      const destination = requireDestination(context, input.deliveryDestinationName);
      try {
        parsePolicy(input.deliveryDestinationPolicy);
      } catch (error) {
        if (error instanceof PolicyError) throw validation(`Invalid delivery destination policy: ${error.message}`);
        throw error;
      }
      state.putConfiguration(context.accountId, context.region, DESTINATION, input.deliveryDestinationName, { ...destination, policy: input.deliveryDestinationPolicy }, now());
      return { policy: { deliveryDestinationPolicy: input.deliveryDestinationPolicy } };
    },

    GetDeliveryDestinationPolicy(input, context) {
      const destination = requireDestination(context, input.deliveryDestinationName);
      return { policy: destination.policy ? { deliveryDestinationPolicy: destination.policy } : {} };
    },

    DeleteDeliveryDestinationPolicy(input, context) {
      const destination = requireDestination(context, input.deliveryDestinationName);
      if (!destination.policy) throw notFound(`Delivery destination ${input.deliveryDestinationName} has no policy.`);
      const { policy: _removed, ...rest } = destination;
      state.putConfiguration(context.accountId, context.region, DESTINATION, input.deliveryDestinationName, rest, now());
    },

    CreateDelivery(input, context) {
      const source = requireSource(context, input.deliverySourceName);
      const parsed = parseArn(input.deliveryDestinationArn);
      if (!parsed || parsed.service !== 'logs' || !parsed.resource.startsWith('delivery-destination:')) {
        throw validation(`${input.deliveryDestinationArn} is not a delivery destination ARN.`);
      }
      const destinationName = parsed.resource.slice('delivery-destination:'.length);
      const destinationRow = state.configuration<StoredDestination>(parsed.account, parsed.region, DESTINATION, destinationName);
      if (!destinationRow) throw notFound(`Delivery destination ${input.deliveryDestinationArn} does not exist.`);
      const destination = destinationRow.body;
      if (parsed.account !== context.accountId) {
        // Another account's destination lets this account in only through its delivery destination policy.
        let allowed = false;
        try {
          allowed =
            !!destination.policy &&
            evaluatePolicy(destination.policy, { principal: { type: 'AWS', account: context.accountId }, action: 'logs:CreateDelivery', resource: input.deliveryDestinationArn }) === 'Allow';
        } catch {
          allowed = false;
        }
        if (!allowed) throw notAuthorized(context.accountId, 'logs:CreateDelivery', input.deliveryDestinationArn);
      }
      if (!destinationTypesFor(source.logType).includes(destination.type)) {
        throw validation(`Log type ${source.logType} cannot be delivered to a delivery destination of type ${destination.type}.`);
      }
      if (deliveries(context).some((d) => d.body.sourceName === input.deliverySourceName && d.body.destinationArn === input.deliveryDestinationArn)) {
        throw conflict(`A delivery from ${input.deliverySourceName} to ${input.deliveryDestinationArn} already exists.`);
      }
      const id = deliveryId();
      const delivery: StoredDelivery = {
        sourceName: input.deliverySourceName,
        destinationArn: input.deliveryDestinationArn,
        destinationType: destination.type,
        ...deliveryConfiguration(source, destination.type, input),
        tags: input.tags ?? {},
      };
      state.putConfiguration(context.accountId, context.region, DELIVERY, id, delivery, now());
      return { delivery: deliveryView(context, id, delivery) };
    },

    GetDelivery(input, context) {
      return { delivery: deliveryView(context, input.id, requireDelivery(context, input.id)) };
    },

    DescribeDeliveries(input, context) {
      const page = pageAfterKey(deliveries(context), (row) => row.name, input.limit ?? 50, input.nextToken, invalidToken);
      return { deliveries: page.items.map((row) => deliveryView(context, row.name, row.body)), nextToken: page.nextToken };
    },

    UpdateDeliveryConfiguration(input, context) {
      const delivery = requireDelivery(context, input.id);
      const source = requireSource(context, delivery.sourceName);
      const changed = deliveryConfiguration(source, delivery.destinationType, {
        recordFields: input.recordFields ?? delivery.recordFields,
        fieldDelimiter: input.fieldDelimiter ?? delivery.fieldDelimiter,
        s3DeliveryConfiguration: input.s3DeliveryConfiguration ?? (delivery.destinationType === 'S3' ? delivery.s3 : undefined),
      });
      state.putConfiguration(context.accountId, context.region, DELIVERY, input.id, { ...delivery, ...changed }, now());
      return {};
    },

    DeleteDelivery(input, context) {
      requireDelivery(context, input.id);
      state.deleteConfiguration(context.accountId, context.region, DELIVERY, input.id);
    },

    DescribeConfigurationTemplates(input) {
      if (input.service && !SOURCE_KINDS.some((kind) => kind.service === input.service)) throw notFound(`Service ${input.service} has no delivery configuration templates.`);
      const templates = configurationTemplates().filter(
        (t) =>
          (!input.service || t.service === input.service) &&
          (!input.logTypes?.length || input.logTypes.includes(t.logType!)) &&
          (!input.resourceTypes?.length || input.resourceTypes.includes(t.resourceType!)) &&
          (!input.deliveryDestinationTypes?.length || input.deliveryDestinationTypes.includes(t.deliveryDestinationType!)),
      );
      const key = (t: Logs.ConfigurationTemplate) => `${t.service}|${t.resourceType}|${t.logType}|${t.deliveryDestinationType}`;
      const page = pageAfterKey(templates, key, input.limit ?? 50, input.nextToken, invalidToken);
      return { configurationTemplates: page.items, nextToken: page.nextToken };
    },
  };
}
