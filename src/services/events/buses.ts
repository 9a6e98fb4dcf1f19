import { pageAfterKey } from '../../core/pagination.js';
import { parsePolicy, PolicyError, type PolicyDocument, type PolicyStatement } from '../../core/policy.js';
import type * as Events from '../../generated/events.js';
import { alreadyExists, busNotFound, invalidNextToken, invalidParameterValue, limitExceeded, notFound, policyLengthExceeded, validation } from './errors.js';
import { DEFAULT_BUS, type EventsService } from './service.js';
import type { BusRow } from './state.js';
import { tagMap } from './tags.js';

/** Custom and partner event buses an account may have in a Region (AWS's default quota). */
const MAX_BUSES = 100;

/** A bus policy's longest text (PolicyLengthExceededException beyond). */
const MAX_POLICY_LENGTH = 10_240;

function describeBus(bus: BusRow): Events.DescribeEventBusResponse {
  return {
    Name: bus.name,
    Arn: bus.arn,
    Description: bus.document.Description,
    KmsKeyIdentifier: bus.document.KmsKeyIdentifier,
    DeadLetterConfig: bus.document.DeadLetterConfig,
    LogConfig: bus.document.LogConfig as Events.DescribeEventBusResponse['LogConfig'],
    Policy: bus.policy ?? undefined,
    CreationTime: new Date(bus.createdAt),
    LastModifiedTime: new Date(bus.modifiedAt),
  };
}

/** CreateEventBus ... DeleteEventBus, and the bus policy (PutPermission / RemovePermission). */
export function busOperations(service: EventsService): Partial<Events.EventsOperations> {
  const { state } = service;
  return {
    CreateEventBus(input, context) {
      const { accountId: account, region } = context;
      if (service.busNamed(account, region, input.Name)) throw alreadyExists(`Event bus ${input.Name} already exists.`);
      if (input.EventSourceName) {
        const source = state.partnerSource(region, input.EventSourceName, account);
        if (!source || source.state === 'DELETED') throw notFound(`Event source ${input.EventSourceName} does not exist.`);
        if (input.Name !== input.EventSourceName) throw validation('Event bus name must match the event source name.');
      } else if (input.Name.includes('/')) {
        throw validation("Event bus name must not contain '/'.");
      }
      if (state.buses(account, region).filter((b) => b.name !== DEFAULT_BUS).length >= MAX_BUSES) throw limitExceeded('The requested resource exceeds the maximum number allowed.');
      const now = service.clock.now();
      const bus: BusRow = {
        account,
        region,
        name: input.Name,
        arn: service.busArn(account, region, input.Name),
        document: {
          Description: input.Description,
          KmsKeyIdentifier: input.KmsKeyIdentifier,
          DeadLetterConfig: input.DeadLetterConfig,
          LogConfig: input.LogConfig,
          EventSourceName: input.EventSourceName,
        },
        policy: null,
        tags: tagMap(input.Tags),
        createdAt: now,
        modifiedAt: now,
      };
      if (!state.insertBus(bus)) throw alreadyExists(`Event bus ${input.Name} already exists.`);
      // A partner event bus makes its event source active.
      const source = input.EventSourceName ? state.partnerSource(region, input.EventSourceName, account) : undefined;
      if (source) state.setPartnerSourceState({ ...source, state: 'ACTIVE' });
      return { EventBusArn: bus.arn, Description: input.Description, KmsKeyIdentifier: input.KmsKeyIdentifier, DeadLetterConfig: input.DeadLetterConfig, LogConfig: input.LogConfig };
    },

    DescribeEventBus(input, context) {
      return describeBus(service.requireOwnBus(context.accountId, context.region, input.Name));
    },

    ListEventBuses(input, context) {
      service.busNamed(context.accountId, context.region, DEFAULT_BUS);
      const buses = state.buses(context.accountId, context.region).filter((bus) => !input.NamePrefix || bus.name.startsWith(input.NamePrefix));
      const page = pageAfterKey(buses, (bus) => bus.name, input.Limit ?? 100, input.NextToken, invalidNextToken);
      return {
        EventBuses: page.items.map((bus) => ({
          Name: bus.name,
          Arn: bus.arn,
          Description: bus.document.Description,
          Policy: bus.policy ?? undefined,
          CreationTime: new Date(bus.createdAt),
          LastModifiedTime: new Date(bus.modifiedAt),
        })),
        NextToken: page.nextToken,
      };
    },

    UpdateEventBus(input, context) {
      const bus = service.requireOwnBus(context.accountId, context.region, input.Name);
      // What the request leaves out stays as it was.
      const document = { ...bus.document };
      if (input.Description !== undefined) document.Description = input.Description;
      if (input.KmsKeyIdentifier !== undefined) document.KmsKeyIdentifier = input.KmsKeyIdentifier || undefined;
      if (input.DeadLetterConfig !== undefined) document.DeadLetterConfig = input.DeadLetterConfig.Arn ? input.DeadLetterConfig : undefined;
      if (input.LogConfig !== undefined) document.LogConfig = input.LogConfig;
      state.updateBus({ ...bus, document, modifiedAt: service.clock.now() });
      return { Arn: bus.arn, Name: bus.name, Description: document.Description, KmsKeyIdentifier: document.KmsKeyIdentifier, DeadLetterConfig: document.DeadLetterConfig, LogConfig: document.LogConfig as Events.UpdateEventBusResponse['LogConfig'] };
    },

    DeleteEventBus(input, context) {
      if (input.Name === DEFAULT_BUS) throw validation('Cannot delete event bus default.');
      const bus = state.bus(context.accountId, context.region, input.Name);
      // Deleting a bus that is not there succeeds, as on AWS.
      if (!bus) return;
      if (state.rulesOfBus(bus.account, bus.region, bus.name).length) throw validation("EventBus can't be deleted since it has rules.");
      state.deleteBus(bus.account, bus.region, bus.name);
      service.rulesChanged(bus.account, bus.region, bus.name);
    },

    PutPermission(input, context) {
      const bus = service.requireOwnBus(context.accountId, context.region, input.EventBusName);
      const policy = input.Policy !== undefined ? policyFromDocument(input.Policy) : withStatement(bus, statementFromParameters(input, bus));
      const text = JSON.stringify(policy);
      if (text.length > MAX_POLICY_LENGTH) throw policyLengthExceeded();
      state.updateBus({ ...bus, policy: text, modifiedAt: service.clock.now() });
    },

    RemovePermission(input, context) {
      const bus = service.requireOwnBus(context.accountId, context.region, input.EventBusName);
      if (input.RemoveAllPermissions) {
        state.updateBus({ ...bus, policy: null, modifiedAt: service.clock.now() });
        return;
      }
      if (!input.StatementId) throw validation('Parameter StatementId must be specified.');
      if (!bus.policy) throw notFound('EventBus does not have a policy.');
      const policy = JSON.parse(bus.policy) as PolicyDocument;
      const statements = policy.Statement.filter((statement) => statement.Sid !== input.StatementId);
      if (statements.length === policy.Statement.length) throw notFound('Statement with the provided id does not exist.');
      state.updateBus({ ...bus, policy: statements.length ? JSON.stringify({ ...policy, Statement: statements }) : null, modifiedAt: service.clock.now() });
    },
  };
}

function policyFromDocument(text: string): PolicyDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw validation('This policy contains invalid Json');
  }
  try {
    return parsePolicy(JSON.stringify(parsed));
  } catch (error) {
    if (error instanceof PolicyError) throw validation(`Parameter Policy is not valid. Reason: ${error.message}`);
    throw error;
  }
}

/** The statement the legacy parameters (StatementId, Action, Principal, Condition) describe. */
function statementFromParameters(input: Events.PutPermissionRequest, bus: BusRow): PolicyStatement {
  if (!input.Principal) throw validation('Parameter Principal must be specified.');
  if (!input.StatementId) throw validation('Parameter StatementId must be specified.');
  if (input.Action !== 'events:PutEvents') throw validation("Provided value in parameter 'action' is not supported.");
  if (input.Condition && input.Principal !== '*') {
    throw invalidParameterValue("Value of the parameter 'principal' must be '*' when the parameter 'condition' is set.");
  }
  if (!/^(\d{12}|\*)$/.test(input.Principal)) {
    throw invalidParameterValue(`Value ${input.Principal} at 'principal' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\d{12}|\\*)`);
  }
  const statement: PolicyStatement = {
    Sid: input.StatementId,
    Effect: 'Allow',
    Principal: input.Principal === '*' ? '*' : { AWS: `arn:aws:iam::${input.Principal}:root` },
    Action: 'events:PutEvents',
    Resource: bus.arn,
  };
  if (input.Condition) statement.Condition = { [input.Condition.Type]: { [input.Condition.Key]: input.Condition.Value } };
  return statement;
}

/** The bus's policy with the statement added (replacing one with the same Sid). */
function withStatement(bus: BusRow, statement: PolicyStatement): PolicyDocument {
  const current: PolicyDocument = bus.policy ? (JSON.parse(bus.policy) as PolicyDocument) : { Version: '2012-10-17', Statement: [] };
  return { ...current, Statement: [...current.Statement.filter((s) => s.Sid !== statement.Sid), statement] };
}
