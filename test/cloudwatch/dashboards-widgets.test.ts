import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchClient,
  DeleteDashboardsCommand,
  GetDashboardCommand,
  GetMetricWidgetImageCommand,
  ListDashboardsCommand,
  ListTagsForResourceCommand,
  PutDashboardCommand,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/** A small PNG decoder for the test: chunks, CRC-free, IDAT inflated and unfiltered (all five filter types). */
function decodePng(png: Uint8Array): { width: number; height: number; pixel(x: number, y: number): [number, number, number] } {
  const data = Buffer.from(png);
  assert.deepEqual([...data.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  const chunks: string[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    chunks.push(type);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      assert.equal(body[8], 8, 'bit depth');
      assert.equal(body[9], 2, 'truecolour');
    } else if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  assert.equal(chunks[0], 'IHDR');
  assert.equal(chunks.at(-1), 'IEND');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 3;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= 3 ? pixels[y * stride + i - 3] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + i] : 0;
      const upLeft = y > 0 && i >= 3 ? pixels[(y - 1) * stride + i - 3] : 0;
      let value = line[i];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += Math.floor((left + up) / 2);
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + i] = value & 0xff;
    }
  }
  return { width, height, pixel: (x, y) => [pixels[(y * width + x) * 3], pixels[(y * width + x) * 3 + 1], pixels[(y * width + x) * 3 + 2]] };
}

describe('CloudWatch dashboards and metric widget images (SDK v3)', () => {
  let cloud: Cloud;
  let cw: CloudWatchClient;
  before(async () => {
    cloud = await startTestCloud();
    cw = new CloudWatchClient(clientConfig(cloud));
  });
  after(async () => {
    cw.destroy();
    await cloud.close();
  });

  test('dashboards: put, get, list by prefix, tags, validation, delete', async () => {
    const body = JSON.stringify({ widgets: [{ type: 'metric', x: 0, y: 0, width: 12, height: 6, properties: { metrics: [['AWS/EC2', 'CPUUtilization']], region: 'us-east-1' } }] });
    const put = await cw.send(new PutDashboardCommand({ DashboardName: 'ops-main', DashboardBody: body, Tags: [{ Key: 'team', Value: 'ops' }] }));
    assert.deepEqual(put.DashboardValidationMessages, []);
    await cw.send(new PutDashboardCommand({ DashboardName: 'ops-db', DashboardBody: JSON.stringify({ widgets: [] }) }));
    await cw.send(new PutDashboardCommand({ DashboardName: 'sales', DashboardBody: JSON.stringify({ widgets: [] }) }));

    const got = await cw.send(new GetDashboardCommand({ DashboardName: 'ops-main' }));
    assert.equal(got.DashboardBody, body);
    assert.equal(got.DashboardArn, 'arn:aws:cloudwatch::000000000000:dashboard/ops-main');
    // Dashboards are global: another region sees the same ones.
    const elsewhere = new CloudWatchClient(clientConfig(cloud, 'eu-west-1'));
    assert.equal((await elsewhere.send(new GetDashboardCommand({ DashboardName: 'ops-main' }))).DashboardBody, body);
    elsewhere.destroy();
    const listed = await cw.send(new ListDashboardsCommand({ DashboardNamePrefix: 'ops-' }));
    assert.deepEqual(listed.DashboardEntries?.map((d) => [d.DashboardName, d.Size]), [['ops-db', 14], ['ops-main', body.length]]);
    assert.ok(listed.DashboardEntries![0].LastModified instanceof Date);
    assert.deepEqual((await cw.send(new ListTagsForResourceCommand({ ResourceARN: got.DashboardArn }))).Tags, [{ Key: 'team', Value: 'ops' }]);

    const invalid = await expectAwsError<Error & { name: string; Code?: string; dashboardValidationMessages?: Array<{ DataPath?: string; Message?: string }> }>(
      cw.send(new PutDashboardCommand({ DashboardName: 'broken', DashboardBody: JSON.stringify({ widgets: [{ x: 1 }] }) })),
      { name: 'DashboardInvalidInputError', message: /^The dashboard body is invalid, there are 1 validation errors:\n/, code: 'InvalidParameterInput' },
    );
    assert.deepEqual(invalid.dashboardValidationMessages, [{ DataPath: '/widgets/0', Message: "Should have required property 'type'" }]);
    await expectAwsError(cw.send(new PutDashboardCommand({ DashboardName: 'has space', DashboardBody: '{"widgets":[]}' })), { name: 'DashboardInvalidInputError' });

    await cw.send(new DeleteDashboardsCommand({ DashboardNames: ['ops-db', 'sales'] }));
    // The SDK names a query-compatible error by its query code, which DashboardNotFoundError shares with ResourceNotFound.
    await expectAwsError(cw.send(new GetDashboardCommand({ DashboardName: 'sales' })), { name: 'ResourceNotFound', message: 'Dashboard sales does not exist', status: 404, code: 'ResourceNotFound' });
    await expectAwsError(cw.send(new DeleteDashboardsCommand({ DashboardNames: ['ops-main', 'nope'] })), { code: 'ResourceNotFound' });
    assert.equal((await cw.send(new ListDashboardsCommand({}))).DashboardEntries?.length, 1, 'nothing deleted when one name is missing');
  });

  test('GetMetricWidgetImage returns a real PNG chart with the plotted line', async () => {
    const now = cloud.clock.now();
    const minute = 60_000;
    const start = Math.floor(now / minute) * minute - 60 * minute;
    // A rising line over the hour: 0, 10, 20, ... 
    await cw.send(
      new PutMetricDataCommand({
        Namespace: 'Chart',
        MetricData: Array.from({ length: 12 }, (_, i) => ({ MetricName: 'Load', Timestamp: new Date(start + i * 5 * minute), Value: i * 10 })),
      }),
    );
    const widget = {
      title: 'Load over the hour',
      width: 400,
      height: 250,
      start: '-PT1H',
      end: 'P0D',
      period: 300,
      stat: 'Average',
      metrics: [['Chart', 'Load', { color: '#d62728', label: 'load' }]],
    };
    const image = await cw.send(new GetMetricWidgetImageCommand({ MetricWidget: JSON.stringify(widget) }));
    const png = decodePng(image.MetricWidgetImage!);
    assert.equal(png.width, 400);
    assert.equal(png.height, 250);
    const red = (x: number, y: number) => {
      const [r, g, b] = png.pixel(x, y);
      return r === 214 && g === 39 && b === 40;
    };
    // The series colour appears across the plot, and the line rises: its mean height on the left is lower than on the right.
    const columns: number[] = [];
    for (let x = 0; x < png.width; x++) {
      const ys: number[] = [];
      for (let y = 0; y < png.height - 30; y++) if (red(x, y)) ys.push(y);
      if (ys.length) columns.push(x);
      if (ys.length && x > 80 && x < 120) assert.ok(Math.min(...ys) > 120, `the line starts low (column ${x}: ${Math.min(...ys)})`);
      if (ys.length && x > 330 && x < 370) assert.ok(Math.max(...ys) < 110, `the line ends high (column ${x}: ${Math.max(...ys)})`);
    }
    assert.ok(columns.length > 200, `a plotted line spans the chart (${columns.length} columns)`);
    const [bgR, bgG, bgB] = png.pixel(2, 2);
    assert.deepEqual([bgR, bgG, bgB], [255, 255, 255], 'white background');

    await expectAwsError(cw.send(new GetMetricWidgetImageCommand({ MetricWidget: '{"metrics": 5}' })), { name: 'ValidationException', message: 'The MetricWidget must have a non-empty "metrics" array.' });
    await expectAwsError(cw.send(new GetMetricWidgetImageCommand({ MetricWidget: JSON.stringify(widget), OutputFormat: 'jpeg' })), { name: 'InvalidParameterValueException' });
  });
});
