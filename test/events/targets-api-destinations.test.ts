import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateApiDestinationCommand,
  CreateConnectionCommand,
  DeauthorizeConnectionCommand,
  DeleteApiDestinationCommand,
  DeleteConnectionCommand,
  DescribeApiDestinationCommand,
  DescribeConnectionCommand,
  EventBridgeClient,
  ListApiDestinationsCommand,
  ListConnectionsCommand,
  UpdateApiDestinationCommand,
  UpdateConnectionCommand,
} from '@aws-sdk/client-eventbridge';
import type { Cloud } from '../../src/index.js';
import { eventually } from '../lambda/support.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { Endpoint, putEvent, ruleWithTargets } from './targets-support.js';

const ROLE = 'arn:aws:iam::000000000000:role/events-targets';

describe('EventBridge connections and API destinations', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;
  let endpoint: Endpoint;
  let base: string;

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
    endpoint = new Endpoint();
    base = await endpoint.start();
  });

  after(async () => {
    await endpoint.close();
    await cloud.close();
  });

  test('a connection keeps its secrets to itself, and goes through authorize, deauthorize and delete', async () => {
    const created = await events.send(
      new CreateConnectionCommand({
        Name: 'partner',
        Description: 'partner API',
        KmsKeyIdentifier: 'alias/connections',
        AuthorizationType: 'API_KEY',
        AuthParameters: {
          ApiKeyAuthParameters: { ApiKeyName: 'x-api-key', ApiKeyValue: 'top-secret' },
          InvocationHttpParameters: { HeaderParameters: [{ Key: 'x-tenant', Value: 't-1', IsValueSecret: false }, { Key: 'x-token', Value: 'hidden', IsValueSecret: true }] },
        },
      }),
    );
    assert.match(created.ConnectionArn!, /^arn:aws:events:us-east-1:000000000000:connection\/partner\/[0-9a-f-]{36}$/);
    assert.equal(created.ConnectionState, 'AUTHORIZED');
    await expectAwsError(
      events.send(new CreateConnectionCommand({ Name: 'partner', AuthorizationType: 'BASIC', AuthParameters: { BasicAuthParameters: { Username: 'u', Password: 'p' } } })),
      { name: 'ResourceAlreadyExistsException', message: 'Connection partner already exists.', status: 400 },
    );

    const described = await events.send(new DescribeConnectionCommand({ Name: 'partner' }));
    assert.equal(described.ConnectionArn, created.ConnectionArn);
    assert.equal(described.Description, 'partner API');
    assert.equal(described.KmsKeyIdentifier, 'alias/connections');
    assert.equal(described.AuthorizationType, 'API_KEY');
    const id = created.ConnectionArn!.split('/')[2];
    assert.match(described.SecretArn!, new RegExp(`^arn:aws:secretsmanager:us-east-1:000000000000:secret:events!connection/partner/${id}-[A-Za-z0-9]{6}$`));
    assert.deepEqual(described.AuthParameters!.ApiKeyAuthParameters, { ApiKeyName: 'x-api-key' });
    assert.deepEqual(described.AuthParameters!.InvocationHttpParameters!.HeaderParameters, [
      { Key: 'x-tenant', Value: 't-1', IsValueSecret: false },
      { Key: 'x-token', IsValueSecret: true },
    ]);
    assert.ok(!JSON.stringify(described).includes('top-secret'));
    assert.ok(described.LastAuthorizedTime instanceof Date);

    const listed = await events.send(new ListConnectionsCommand({ NamePrefix: 'part' }));
    assert.deepEqual(listed.Connections!.map((c) => [c.Name, c.ConnectionState, c.AuthorizationType]), [['partner', 'AUTHORIZED', 'API_KEY']]);
    assert.deepEqual((await events.send(new ListConnectionsCommand({ ConnectionState: 'DEAUTHORIZED' }))).Connections, []);

    const updated = await events.send(new UpdateConnectionCommand({ Name: 'partner', AuthParameters: { ApiKeyAuthParameters: { ApiKeyValue: 'rotated' } } }));
    assert.equal(updated.ConnectionState, 'AUTHORIZED');
    assert.deepEqual((await events.send(new DescribeConnectionCommand({ Name: 'partner' }))).AuthParameters!.ApiKeyAuthParameters, { ApiKeyName: 'x-api-key' });

    const deauthorized = await events.send(new DeauthorizeConnectionCommand({ Name: 'partner' }));
    assert.equal(deauthorized.ConnectionState, 'DEAUTHORIZING');
    assert.equal((await events.send(new DescribeConnectionCommand({ Name: 'partner' }))).ConnectionState, 'DEAUTHORIZED');

    const deleted = await events.send(new DeleteConnectionCommand({ Name: 'partner' }));
    assert.equal(deleted.ConnectionState, 'DELETING');
    await expectAwsError(events.send(new DescribeConnectionCommand({ Name: 'partner' })), {
      name: 'ResourceNotFoundException',
      message: "Failed to describe the connection(s). Connection 'partner' does not exist.",
      status: 400,
    });
    await expectAwsError(
      events.send(new CreateConnectionCommand({ Name: 'wrong', AuthorizationType: 'BASIC', AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'k', ApiKeyValue: 'v' } } })),
      { name: 'ValidationException', message: 'BasicAuthParameters must be specified for AuthorizationType BASIC.', status: 400 },
    );
  });

  test('API destinations are created on a connection, described, listed, updated and deleted', async () => {
    const { ConnectionArn } = await events.send(
      new CreateConnectionCommand({ Name: 'basic', AuthorizationType: 'BASIC', AuthParameters: { BasicAuthParameters: { Username: 'user', Password: 'pass' } } }),
    );
    await expectAwsError(
      events.send(
        new CreateApiDestinationCommand({
          Name: 'nowhere',
          ConnectionArn: 'arn:aws:events:us-east-1:000000000000:connection/missing/3d6b1c51-2ad4-4b6b-9d77-9d3b1c6f52c1',
          InvocationEndpoint: `${base}/x`,
          HttpMethod: 'POST',
        }),
      ),
      { name: 'ResourceNotFoundException', message: "Connection 'missing' does not exist.", status: 400 },
    );
    const created = await events.send(
      new CreateApiDestinationCommand({ Name: 'hook', ConnectionArn, InvocationEndpoint: `${base}/hook`, HttpMethod: 'POST', InvocationRateLimitPerSecond: 20, Description: 'a hook' }),
    );
    assert.match(created.ApiDestinationArn!, /^arn:aws:events:us-east-1:000000000000:api-destination\/hook\/[0-9a-f-]{36}$/);
    assert.equal(created.ApiDestinationState, 'ACTIVE');
    await expectAwsError(events.send(new CreateApiDestinationCommand({ Name: 'hook', ConnectionArn, InvocationEndpoint: `${base}/hook`, HttpMethod: 'POST' })), {
      name: 'ResourceAlreadyExistsException',
      message: "An api-destination 'hook' already exists.",
      status: 400,
    });
    const described = await events.send(new DescribeApiDestinationCommand({ Name: 'hook' }));
    assert.equal(described.ConnectionArn, ConnectionArn);
    assert.equal(described.InvocationEndpoint, `${base}/hook`);
    assert.equal(described.HttpMethod, 'POST');
    assert.equal(described.InvocationRateLimitPerSecond, 20);
    assert.equal(described.Description, 'a hook');

    await events.send(new UpdateApiDestinationCommand({ Name: 'hook', HttpMethod: 'PUT', InvocationRateLimitPerSecond: 5 }));
    const listed = await events.send(new ListApiDestinationsCommand({ ConnectionArn }));
    assert.deepEqual(listed.ApiDestinations!.map((d) => [d.Name, d.HttpMethod, d.InvocationRateLimitPerSecond]), [['hook', 'PUT', 5]]);

    await events.send(new DeleteApiDestinationCommand({ Name: 'hook' }));
    await expectAwsError(events.send(new DescribeApiDestinationCommand({ Name: 'hook' })), {
      name: 'ResourceNotFoundException',
      message: "Failed to describe the api-destination(s). An api-destination 'hook' does not exist.",
      status: 400,
    });
  });

  test('a rule calls its API destination with the API key, the connection\'s and the target\'s HTTP parameters', async () => {
    const { ConnectionArn } = await events.send(
      new CreateConnectionCommand({
        Name: 'keyed',
        AuthorizationType: 'API_KEY',
        AuthParameters: {
          ApiKeyAuthParameters: { ApiKeyName: 'X-Api-Key', ApiKeyValue: 'k-123' },
          InvocationHttpParameters: { QueryStringParameters: [{ Key: 'tenant', Value: 't-9' }], BodyParameters: [{ Key: 'source-system', Value: 'nimbus' }] },
        },
      }),
    );
    const { ApiDestinationArn } = await events.send(
      new CreateApiDestinationCommand({ Name: 'orders-api', ConnectionArn, InvocationEndpoint: `${base}/orders/*/items/*`, HttpMethod: 'POST' }),
    );
    await ruleWithTargets(events, 'to-api', 'app.api', [
      {
        Id: 'api',
        Arn: ApiDestinationArn!,
        RoleArn: 'arn:aws:iam::000000000000:role/events-api',
        HttpParameters: { PathParameterValues: ['$.detail.orderId', 'fixed'], HeaderParameters: { 'X-Order': '$.detail.orderId' }, QueryStringParameters: { mode: 'sync' } },
      },
    ]);
    const id = await putEvent(events, 'app.api', { orderId: 'o-42' });
    const [request] = await endpoint.until(1, '/orders/');
    assert.equal(request!.method, 'POST');
    const url = new URL(request!.url, base);
    assert.equal(url.pathname, '/orders/o-42/items/fixed');
    assert.equal(url.searchParams.get('tenant'), 't-9');
    assert.equal(url.searchParams.get('mode'), 'sync');
    assert.equal(request!.headers['x-api-key'], 'k-123');
    assert.equal(request!.headers['x-order'], 'o-42');
    assert.equal(request!.headers['user-agent'], 'Amazon/EventBridge/ApiDestinations');
    assert.equal(request!.headers['content-type'], 'application/json; charset=utf-8');
    const body = JSON.parse(request!.body);
    assert.equal(body.id, id);
    assert.deepEqual(body.detail, { orderId: 'o-42' });
    assert.equal(body['source-system'], 'nimbus');
  });

  test('Basic and OAuth client-credentials connections authorize their calls', async () => {
    endpoint.answer = (request) =>
      request.url.startsWith('/oauth/token')
        ? request.headers.authorization === `Basic ${Buffer.from('client-1:s3cret').toString('base64')}` && request.body.includes('grant_type=client_credentials')
          ? { status: 200, body: JSON.stringify({ access_token: 'tok-1', token_type: 'Bearer', expires_in: 3600 }) }
          : { status: 401 }
        : undefined;
    try {
      const basic = await events.send(
        new CreateConnectionCommand({ Name: 'basic-auth', AuthorizationType: 'BASIC', AuthParameters: { BasicAuthParameters: { Username: 'ann', Password: 'pw' } } }),
      );
      const oauth = await events.send(
        new CreateConnectionCommand({
          Name: 'oauth',
          AuthorizationType: 'OAUTH_CLIENT_CREDENTIALS',
          AuthParameters: {
            OAuthParameters: {
              AuthorizationEndpoint: `${base}/oauth/token`,
              HttpMethod: 'POST',
              ClientParameters: { ClientID: 'client-1', ClientSecret: 's3cret' },
              OAuthHttpParameters: { BodyParameters: [{ Key: 'scope', Value: 'events' }] },
            },
          },
        }),
      );
      assert.equal(oauth.ConnectionState, 'AUTHORIZING');
      await eventually(async () => (await events.send(new DescribeConnectionCommand({ Name: 'oauth' }))).ConnectionState === 'AUTHORIZED', 5000, 'the OAuth connection to be authorized');
      const described = await events.send(new DescribeConnectionCommand({ Name: 'oauth' }));
      assert.deepEqual(described.AuthParameters!.OAuthParameters!.ClientParameters, { ClientID: 'client-1' });
      assert.ok(!JSON.stringify(described).includes('s3cret'));

      const basicApi = await events.send(new CreateApiDestinationCommand({ Name: 'basic-api', ConnectionArn: basic.ConnectionArn, InvocationEndpoint: `${base}/basic`, HttpMethod: 'PUT' }));
      const oauthApi = await events.send(new CreateApiDestinationCommand({ Name: 'oauth-api', ConnectionArn: oauth.ConnectionArn, InvocationEndpoint: `${base}/bearer`, HttpMethod: 'POST' }));
      await ruleWithTargets(events, 'to-authorized', 'app.auth', [
        { Id: 'basic', Arn: basicApi.ApiDestinationArn!, RoleArn: ROLE },
        { Id: 'oauth', Arn: oauthApi.ApiDestinationArn!, RoleArn: ROLE },
      ]);
      await putEvent(events, 'app.auth', { n: 1 });
      const [basicCall] = await endpoint.until(1, '/basic');
      assert.equal(basicCall!.method, 'PUT');
      assert.equal(basicCall!.headers.authorization, `Basic ${Buffer.from('ann:pw').toString('base64')}`);
      const [bearerCall] = await endpoint.until(1, '/bearer');
      assert.equal(bearerCall!.headers.authorization, 'Bearer tok-1');
      const [tokenCall] = await endpoint.until(1, '/oauth/token');
      assert.match(tokenCall!.body, /scope=events/);
    } finally {
      endpoint.answer = () => undefined;
    }
  });

  test('an API destination is called at most InvocationRateLimitPerSecond times a second of clock time', async () => {
    const { ConnectionArn } = await events.send(
      new CreateConnectionCommand({ Name: 'limited', AuthorizationType: 'API_KEY', AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'k', ApiKeyValue: 'v' } } }),
    );
    const { ApiDestinationArn } = await events.send(
      new CreateApiDestinationCommand({ Name: 'slow-api', ConnectionArn, InvocationEndpoint: `${base}/limited`, HttpMethod: 'POST', InvocationRateLimitPerSecond: 1 }),
    );
    await ruleWithTargets(events, 'to-limited', 'app.limited', [{ Id: 'slow', Arn: ApiDestinationArn!, RoleArn: ROLE }]);
    // Start at the beginning of a clock second, so the three events fall within one.
    await advanceClock(cloud, 1000 - (cloud.clock.now() % 1000));
    for (let n = 0; n < 3; n++) await putEvent(events, 'app.limited', { n });
    await endpoint.until(1, '/limited');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(endpoint.received.filter((r) => r.url === '/limited').length, 1);
    await advanceClock(cloud, 1000);
    await endpoint.until(2, '/limited');
    await advanceClock(cloud, 1000);
    const calls = await endpoint.until(3, '/limited');
    assert.deepEqual(calls.map((c) => JSON.parse(c.body).detail.n).sort(), [0, 1, 2]);
  });

  test('the AWS CLI creates and describes a connection and an API destination', async () => {
    const created = await aws(cloud, [
      'events', 'create-connection', '--name', 'cli-conn', '--authorization-type', 'BASIC',
      '--auth-parameters', JSON.stringify({ BasicAuthParameters: { Username: 'cli', Password: 'cli-pass' } }),
    ]);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(created.json.ConnectionState, 'AUTHORIZED');
    const destination = await aws(cloud, [
      'events', 'create-api-destination', '--name', 'cli-api', '--connection-arn', created.json.ConnectionArn,
      '--invocation-endpoint', `${base}/cli`, '--http-method', 'POST',
    ]);
    assert.equal(destination.code, 0, destination.stderr);
    const described = await aws(cloud, ['events', 'describe-connection', '--name', 'cli-conn']);
    assert.equal(described.code, 0, described.stderr);
    assert.deepEqual(described.json.AuthParameters, { BasicAuthParameters: { Username: 'cli' } });
    assert.ok(!described.stdout.includes('cli-pass'));
  });
});
