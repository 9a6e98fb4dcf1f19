import { randomBytes, randomUUID } from 'node:crypto';
import { arn } from '../../../core/ids.js';
import { pageAfterKey } from '../../../core/pagination.js';
import type * as Events from '../../../generated/events.js';
import type { TargetsEngine } from './engine.js';
import { connectionNotFound, invalidNextToken, resourceAlreadyExists, validationException } from './errors.js';
import type { ConnectionAuth, ConnectionRow } from './state.js';

type AuthorizationType = ConnectionRow['authorizationType'];

/**
 * Connections: the authorization an API destination calls with. Secrets (API key values,
 * passwords, client secrets, parameters marked IsValueSecret) are stored and never answered back;
 * AWS keeps them in a Secrets Manager secret named `events!connection/<name>/<id>`, whose ARN
 * DescribeConnection shows. API key and Basic connections are AUTHORIZED at once; an OAuth
 * connection is AUTHORIZING until its first token is fetched from the authorization endpoint.
 */
export function connectionOperations(engine: TargetsEngine): Partial<Events.EventsOperations> {
  const state = engine.state;
  const clock = engine.runtime.clock;

  const find = (account: string, region: string, name: string): ConnectionRow => {
    const row = state.connection(account, region, name);
    if (!row) throw connectionNotFound(name);
    return row;
  };

  /** An OAuth connection fetches its first token in the background, as AWS authorizes it after answering. */
  const authorizeOAuth = (row: ConnectionRow): void => {
    void engine
      .checkOAuth(row)
      .then(
        () => ({ state: 'AUTHORIZED' as const, reason: undefined }),
        (error: unknown) => ({ state: 'DEAUTHORIZED' as const, reason: error instanceof Error ? error.message : String(error) }),
      )
      .then((outcome) => {
        const current = state.connection(row.account, row.region, row.name);
        if (!current || current.arn !== row.arn || current.state !== 'AUTHORIZING') return;
        const now = clock.now();
        state.saveConnection({ ...current, state: outcome.state, stateReason: outcome.reason, authorizedAt: outcome.state === 'AUTHORIZED' ? now : current.authorizedAt });
      });
  };

  const stateAfterAuth = (row: ConnectionRow): ConnectionRow => {
    const now = clock.now();
    if (row.authorizationType === 'OAUTH_CLIENT_CREDENTIALS') return { ...row, state: 'AUTHORIZING', stateReason: undefined };
    return { ...row, state: 'AUTHORIZED', stateReason: undefined, authorizedAt: now };
  };

  return {
    CreateConnection(input, context) {
      if (state.connection(context.accountId, context.region, input.Name)) throw resourceAlreadyExists(`Connection ${input.Name} already exists.`);
      const auth = authFromCreate(input.AuthorizationType, input.AuthParameters);
      const id = randomUUID();
      const now = clock.now();
      const row = stateAfterAuth({
        account: context.accountId,
        region: context.region,
        name: input.Name,
        arn: arn({ service: 'events', region: context.region, account: context.accountId, resource: `connection/${input.Name}/${id}` }),
        secretArn: arn({ service: 'secretsmanager', region: context.region, account: context.accountId, resource: `secret:events!connection/${input.Name}/${id}-${secretSuffix()}` }),
        authorizationType: input.AuthorizationType,
        state: 'CREATING',
        description: input.Description,
        auth,
        kmsKeyIdentifier: input.KmsKeyIdentifier,
        createdAt: now,
        modifiedAt: now,
      });
      state.saveConnection(row);
      if (row.state === 'AUTHORIZING') authorizeOAuth(row);
      return { ConnectionArn: row.arn, ConnectionState: row.state, CreationTime: new Date(row.createdAt), LastModifiedTime: new Date(row.modifiedAt) };
    },

    DescribeConnection(input, context) {
      const row = find(context.accountId, context.region, input.Name);
      return {
        ConnectionArn: row.arn,
        Name: row.name,
        Description: row.description,
        ConnectionState: row.state,
        StateReason: row.stateReason,
        AuthorizationType: row.authorizationType,
        SecretArn: row.state === 'DEAUTHORIZED' && !hasSecrets(row.auth) ? undefined : row.secretArn,
        KmsKeyIdentifier: row.kmsKeyIdentifier,
        AuthParameters: describeAuth(row.auth),
        CreationTime: new Date(row.createdAt),
        LastModifiedTime: new Date(row.modifiedAt),
        LastAuthorizedTime: row.authorizedAt !== undefined ? new Date(row.authorizedAt) : undefined,
      };
    },

    ListConnections(input, context) {
      const rows = state
        .connections(context.accountId, context.region)
        .filter((row) => (!input.NamePrefix || row.name.startsWith(input.NamePrefix)) && (!input.ConnectionState || row.state === input.ConnectionState));
      const page = pageAfterKey(rows, (row) => row.name, input.Limit ?? 100, input.NextToken, invalidNextToken);
      return {
        Connections: page.items.map((row) => ({
          ConnectionArn: row.arn,
          Name: row.name,
          ConnectionState: row.state,
          StateReason: row.stateReason,
          AuthorizationType: row.authorizationType,
          CreationTime: new Date(row.createdAt),
          LastModifiedTime: new Date(row.modifiedAt),
          LastAuthorizedTime: row.authorizedAt !== undefined ? new Date(row.authorizedAt) : undefined,
        })),
        NextToken: page.nextToken,
      };
    },

    UpdateConnection(input, context) {
      const row = find(context.accountId, context.region, input.Name);
      const type = input.AuthorizationType ?? row.authorizationType;
      const auth = input.AuthParameters || type !== row.authorizationType ? authFromUpdate(type, row, input.AuthParameters) : row.auth;
      const updated = stateAfterAuth({
        ...row,
        authorizationType: type,
        auth,
        description: input.Description ?? row.description,
        kmsKeyIdentifier: input.KmsKeyIdentifier ?? row.kmsKeyIdentifier,
        modifiedAt: clock.now(),
      });
      state.saveConnection(updated);
      if (updated.state === 'AUTHORIZING') authorizeOAuth(updated);
      return {
        ConnectionArn: updated.arn,
        ConnectionState: updated.state,
        CreationTime: new Date(updated.createdAt),
        LastModifiedTime: new Date(updated.modifiedAt),
        LastAuthorizedTime: updated.authorizedAt !== undefined ? new Date(updated.authorizedAt) : undefined,
      };
    },

    DeauthorizeConnection(input, context) {
      const row = find(context.accountId, context.region, input.Name);
      // Deauthorizing drops the secrets; what names them (key name, user name, client id, endpoint) stays.
      const now = clock.now();
      state.saveConnection({ ...row, state: 'DEAUTHORIZED', stateReason: undefined, auth: withoutSecrets(row.auth), modifiedAt: now });
      return {
        ConnectionArn: row.arn,
        ConnectionState: 'DEAUTHORIZING',
        CreationTime: new Date(row.createdAt),
        LastModifiedTime: new Date(now),
        LastAuthorizedTime: row.authorizedAt !== undefined ? new Date(row.authorizedAt) : undefined,
      };
    },

    DeleteConnection(input, context) {
      const row = find(context.accountId, context.region, input.Name);
      state.deleteConnection(context.accountId, context.region, input.Name);
      return {
        ConnectionArn: row.arn,
        ConnectionState: 'DELETING',
        CreationTime: new Date(row.createdAt),
        LastModifiedTime: new Date(row.modifiedAt),
        LastAuthorizedTime: row.authorizedAt !== undefined ? new Date(row.authorizedAt) : undefined,
      };
    },
  };
}

/** Secrets Manager's random six-character suffix of a secret's ARN. */
function secretSuffix(): string {
  return randomBytes(6).toString('base64').replace(/[^A-Za-z0-9]/g, 'a').slice(0, 6);
}

const AUTH_MEMBER: Record<AuthorizationType, keyof Events.CreateConnectionAuthRequestParameters> = {
  API_KEY: 'ApiKeyAuthParameters',
  BASIC: 'BasicAuthParameters',
  OAUTH_CLIENT_CREDENTIALS: 'OAuthParameters',
};

function authFromCreate(type: AuthorizationType, given: Events.CreateConnectionAuthRequestParameters): ConnectionAuth {
  const member = AUTH_MEMBER[type];
  if (!given[member]) throw validationException(`${member} must be specified for AuthorizationType ${type}.`);
  for (const other of Object.values(AUTH_MEMBER)) {
    if (other !== member && given[other]) throw validationException(`${other} cannot be specified for AuthorizationType ${type}.`);
  }
  const auth: ConnectionAuth = { InvocationHttpParameters: given.InvocationHttpParameters };
  if (given.ApiKeyAuthParameters) auth.ApiKeyAuthParameters = { ...given.ApiKeyAuthParameters };
  if (given.BasicAuthParameters) auth.BasicAuthParameters = { ...given.BasicAuthParameters };
  if (given.OAuthParameters) auth.OAuthParameters = structuredClone(given.OAuthParameters);
  return auth;
}

/** An update keeps what it does not name; changing the type needs the new type's parameters in full. */
function authFromUpdate(type: AuthorizationType, row: ConnectionRow, given: Events.UpdateConnectionAuthRequestParameters | undefined): ConnectionAuth {
  const old = type === row.authorizationType ? row.auth : {};
  const auth: ConnectionAuth = { InvocationHttpParameters: given?.InvocationHttpParameters ?? row.auth.InvocationHttpParameters };
  if (type === 'API_KEY') {
    const merged = { ...old.ApiKeyAuthParameters, ...given?.ApiKeyAuthParameters };
    if (!merged.ApiKeyName || merged.ApiKeyValue === undefined) throw validationException('ApiKeyAuthParameters must be specified for AuthorizationType API_KEY.');
    auth.ApiKeyAuthParameters = { ApiKeyName: merged.ApiKeyName, ApiKeyValue: merged.ApiKeyValue };
  } else if (type === 'BASIC') {
    const merged = { ...old.BasicAuthParameters, ...given?.BasicAuthParameters };
    if (!merged.Username || merged.Password === undefined) throw validationException('BasicAuthParameters must be specified for AuthorizationType BASIC.');
    auth.BasicAuthParameters = { Username: merged.Username, Password: merged.Password };
  } else {
    const before = old.OAuthParameters;
    const update = given?.OAuthParameters;
    const client = { ...before?.ClientParameters, ...update?.ClientParameters };
    const endpoint = update?.AuthorizationEndpoint ?? before?.AuthorizationEndpoint;
    const method = update?.HttpMethod ?? before?.HttpMethod;
    if (!endpoint || !method || !client.ClientID || client.ClientSecret === undefined) {
      throw validationException('OAuthParameters must be specified for AuthorizationType OAUTH_CLIENT_CREDENTIALS.');
    }
    auth.OAuthParameters = {
      AuthorizationEndpoint: endpoint,
      HttpMethod: method,
      ClientParameters: { ClientID: client.ClientID, ClientSecret: client.ClientSecret },
      OAuthHttpParameters: update?.OAuthHttpParameters ?? before?.OAuthHttpParameters,
    };
  }
  return auth;
}

function hasSecrets(auth: ConnectionAuth): boolean {
  return Boolean(auth.ApiKeyAuthParameters?.ApiKeyValue || auth.BasicAuthParameters?.Password || auth.OAuthParameters?.ClientParameters.ClientSecret);
}

function withoutSecrets(auth: ConnectionAuth): ConnectionAuth {
  return {
    ApiKeyAuthParameters: auth.ApiKeyAuthParameters && { ApiKeyName: auth.ApiKeyAuthParameters.ApiKeyName, ApiKeyValue: '' },
    BasicAuthParameters: auth.BasicAuthParameters && { Username: auth.BasicAuthParameters.Username, Password: '' },
    OAuthParameters: auth.OAuthParameters && { ...auth.OAuthParameters, ClientParameters: { ClientID: auth.OAuthParameters.ClientParameters.ClientID, ClientSecret: '' } },
    InvocationHttpParameters: auth.InvocationHttpParameters,
  };
}

/** Parameters as DescribeConnection shows them: a value marked secret is left out. */
function hideSecretValues(parameters: Events.ConnectionHttpParameters | undefined): Events.ConnectionHttpParameters | undefined {
  if (!parameters) return undefined;
  const hide = <T extends { IsValueSecret?: boolean; Value?: string }>(list: T[] | undefined): T[] | undefined =>
    list?.map((item) => (item.IsValueSecret ? { ...item, Value: undefined } : item));
  return {
    HeaderParameters: hide(parameters.HeaderParameters),
    QueryStringParameters: hide(parameters.QueryStringParameters),
    BodyParameters: hide(parameters.BodyParameters),
  };
}

function describeAuth(auth: ConnectionAuth): Events.ConnectionAuthResponseParameters {
  return {
    ApiKeyAuthParameters: auth.ApiKeyAuthParameters && { ApiKeyName: auth.ApiKeyAuthParameters.ApiKeyName },
    BasicAuthParameters: auth.BasicAuthParameters && { Username: auth.BasicAuthParameters.Username },
    OAuthParameters: auth.OAuthParameters && {
      AuthorizationEndpoint: auth.OAuthParameters.AuthorizationEndpoint,
      HttpMethod: auth.OAuthParameters.HttpMethod,
      ClientParameters: { ClientID: auth.OAuthParameters.ClientParameters.ClientID },
      OAuthHttpParameters: hideSecretValues(auth.OAuthParameters.OAuthHttpParameters),
    },
    InvocationHttpParameters: hideSecretValues(auth.InvocationHttpParameters),
  };
}
