import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { baselineImportStreamLineSchema, maxBaselineFileBytes, type BaselineImportStreamLine, type BaselineImportView } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toImportLockName } from '../src/indicators/baseline-import.service.js';
import { asUser, signIn } from './support/accounts.js';
import { countRows } from './support/rows.js';
import { request, startWritableTestApp, type JsonResponse, type WritableTestApp } from './support/test-app.js';

type Progress = Extract<BaselineImportStreamLine, { type: 'progress' }>;

const ndjson = 'application/x-ndjson';

/** `count` rows of the number indicator GE-3, each its own baseline (year and area), under one area prefix per test. */
const toCsv = (count: number, area: string, change?: { index: number; value: string }): string => {
  const rows = ['indicator_code,reference_year,value,area,source_provider,nature_of_data,confidence'];
  for (let index = 0; index < count; index += 1) {
    const value = change?.index === index ? change.value : String(index * 1.5);
    rows.push(`GE-3,${1990 + (index % 70)},${value},${area} ${Math.floor(index / 70)},Geostat,country,high`);
  }
  return rows.join('\r\n');
};

const readLines = (payload: string): BaselineImportStreamLine[] =>
  payload
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => baselineImportStreamLineSchema.parse(JSON.parse(line)));

/** `[done, total]` of each progress line of a phase, in order. */
const stepsOf = (lines: readonly BaselineImportStreamLine[], phase: Progress['phase']) =>
  lines.filter((line): line is Progress => line.type === 'progress' && line.phase === phase).map(({ done, total }) => [done, total]);

const everyFiveHundred = (total: number) => Array.from({ length: total / 500 + 1 }, (_, step) => [step * 500, total]);

describe('baseline import with progress (Accept: application/x-ndjson)', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let expert: string;
  let networkId: string;

  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_baseline_import_progress');
    app = harness.app;
    expert = await signIn(app, 'expert');
    networkId = ((await request(app, '/api/networks')).body as { id: string }[])[0]?.id as string;
    const created = await request(app, {
      method: 'POST',
      url: `/api/networks/${networkId}/indicators`,
      headers: asUser(expert),
      payload: { code: 'GE-3', name: 'Registered returns', definition: 'As the register counts them', measure: 'number', direction: 'increase', disaggregationDimensions: [], gcmObjectiveNumbers: [21], sdgIndicatorCodes: [] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  });
  afterAll(() => harness.close());

  const importUrl = (dryRun: boolean, network = networkId) => `/api/networks/${network}/baseline-imports?dryRun=${dryRun}`;
  const upload = (content: string | Buffer, options: { dryRun: boolean; headers?: Record<string, string> }) =>
    app.inject({ method: 'POST', url: importUrl(options.dryRun), headers: asUser(expert, { 'content-type': 'text/csv', accept: ndjson, ...options.headers }), payload: content });
  const uploadAsJson = (content: string, options: { dryRun: boolean; headers?: Record<string, string> }): Promise<JsonResponse> =>
    request(app, { method: 'POST', url: importUrl(options.dryRun), headers: asUser(expert, { 'content-type': 'text/csv', ...options.headers }), payload: content });
  const countWrites = async () => {
    const counts = await countRows(harness.dataSource, ['indicator_baseline', 'audit_entry', 'idempotency_record']);
    return { baselines: counts.indicator_baseline ?? 0, audit: counts.audit_entry ?? 0, idempotency: counts.idempotency_record ?? 0 };
  };

  it('streams a dry run of 2,000 rows: reading, then checking every 500 rows up to the total, then the preview, writing nothing', async () => {
    const file = toCsv(2_000, 'Dry run');
    const before = await countWrites();
    const response = await upload(file, { dryRun: true, headers: { 'accept-encoding': 'gzip' } });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect([response.headers['content-encoding'], response.headers.vary]).toEqual(['gzip', 'accept-encoding']);
    expect(response.headers['x-accel-buffering']).toBe('no');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    const lines = readLines(gunzipSync(response.rawPayload).toString('utf8'));
    expect(response.rawPayload.length, 'the preview travels compressed').toBeLessThan(gunzipSync(response.rawPayload).length / 4);
    expect(stepsOf(lines, 'reading')).toEqual([[0, null], [500, null], [1_000, null], [1_500, null], [2_000, 2_000]]);
    expect(stepsOf(lines, 'checking')).toEqual(everyFiveHundred(2_000));
    expect(stepsOf(lines, 'writing')).toEqual([]);
    expect(lines.map((line) => line.type)).toEqual([...Array.from({ length: lines.length - 1 }, () => 'progress'), 'result']);
    const result = lines.at(-1);
    expect(result).toMatchObject({ type: 'result', status: 200, body: { dryRun: true, rowCount: 2_000, created: 0 } });
    expect(result?.type === 'result' ? result.body : null).toEqual((await uploadAsJson(file, { dryRun: true })).body);
    expect(await countWrites()).toEqual(before);
  });

  it('ends a file with one bad row with the same 422 refusal the JSON answer gives, and writes nothing, on a dry run and a commit', async () => {
    const file = toCsv(2_000, 'Bad row', { index: 1_234, value: 'about 12' });
    const before = await countRows(harness.dataSource);
    for (const dryRun of [true, false]) {
      const response = await upload(file, { dryRun });
      expect(response.statusCode).toBe(200);
      const lines = readLines(response.payload);
      expect(stepsOf(lines, 'checking')).toEqual(everyFiveHundred(2_000));
      expect(stepsOf(lines, 'writing')).toEqual([]);
      expect(lines.at(-1)).toEqual({
        type: 'result',
        status: 422,
        body: {
          code: 'validation_failed',
          message: 'The file was not imported: 1 problem in 1 of its 2000 rows; nothing was written',
          fields: [{ path: 'rows.1236.value', message: 'Row 1236, value: must be a number for a number indicator' }],
        },
      });
      const json = await uploadAsJson(file, { dryRun });
      expect(json.status).toBe(422);
      expect(lines.at(-1)).toMatchObject({ body: json.body });
    }
    expect(await countRows(harness.dataSource)).toEqual(before);
  });

  it('streams a commit: checking, then writing batch by batch inside the transaction, then every row recorded with its audit entry', async () => {
    const before = await countWrites();
    const response = await upload(toCsv(2_500, 'Commit'), { dryRun: false });
    expect(response.statusCode).toBe(200);
    const lines = readLines(response.payload);
    expect(stepsOf(lines, 'checking')).toEqual(everyFiveHundred(2_500));
    expect(stepsOf(lines, 'writing')).toEqual([[0, 2_500], [1_000, 2_500], [2_000, 2_500], [2_500, 2_500]]);
    expect(lines.at(-1)).toMatchObject({ type: 'result', status: 200, body: { dryRun: false, rowCount: 2_500, created: 2_500 } });
    expect(await countWrites()).toEqual({ ...before, baselines: before.baselines + 2_500, audit: before.audit + 2_500 });
  });

  it('replays a commit retried with the same Idempotency-Key, streamed or not, writing once', async () => {
    const file = toCsv(600, 'Retried');
    const key = { 'idempotency-key': 'baseline-import-progress-retried' };
    const before = await countWrites();
    const first = readLines((await upload(file, { dryRun: false, headers: key })).payload);
    const retry = readLines((await upload(file, { dryRun: false, headers: key })).payload);
    expect(first.at(-1)).toMatchObject({ status: 200, body: { created: 600 } });
    expect(stepsOf(retry, 'writing'), 'the retry writes nothing').toEqual([]);
    expect(retry.at(-1)).toEqual(first.at(-1));
    const retriedAsJson = await uploadAsJson(file, { dryRun: false, headers: key });
    expect(retry.at(-1)).toMatchObject({ body: retriedAsJson.body });
    expect(await countWrites()).toEqual({ baselines: before.baselines + 600, audit: before.audit + 600, idempotency: before.idempotency + 1 });
    const other = readLines((await upload(toCsv(1, 'Another file'), { dryRun: false, headers: key })).payload);
    expect(other.at(-1)).toMatchObject({ type: 'result', status: 422, body: { code: 'idempotency_key_reused' } });
  });

  it('refuses what it can before streaming as ordinary JSON errors: 401, 403, 400, 404, 413, 415', async () => {
    const file = toCsv(1, 'Refused');
    const refusals = [
      await app.inject({ method: 'POST', url: importUrl(true), headers: { 'x-requested-with': 'compact-tracker', 'content-type': 'text/csv', accept: ndjson }, payload: file }),
      await app.inject({ method: 'POST', url: importUrl(true), headers: { cookie: expert, 'content-type': 'text/csv', accept: ndjson }, payload: file }),
      await app.inject({ method: 'POST', url: `/api/networks/${networkId}/baseline-imports?dryRun=maybe`, headers: asUser(expert, { 'content-type': 'text/csv', accept: ndjson }), payload: file }),
      await upload(file, { dryRun: false, headers: { 'idempotency-key': 'not a key' } }),
      await app.inject({ method: 'POST', url: importUrl(true, '7e0b3c1a-2d4f-4a6b-9c8d-0e1f2a3b4c5d'), headers: asUser(expert, { 'content-type': 'text/csv', accept: ndjson }), payload: file }),
      await upload(Buffer.alloc(maxBaselineFileBytes + 1, 'x'), { dryRun: true }),
      await upload(file, { dryRun: true, headers: { 'content-type': 'application/json' } }),
    ];
    expect(refusals.map((response) => [response.statusCode, String(response.headers['content-type']), (response.json() as { code: string }).code])).toEqual([
      [401, 'application/json; charset=utf-8', 'unauthenticated'],
      [403, 'application/json; charset=utf-8', 'csrf_rejected'],
      [400, 'application/json; charset=utf-8', 'validation_failed'],
      [400, 'application/json; charset=utf-8', 'validation_failed'],
      [404, 'application/json; charset=utf-8', 'not_found'],
      [413, 'application/json; charset=utf-8', 'payload_too_large'],
      [415, 'application/json; charset=utf-8', 'unsupported_media_type'],
    ]);
  });

  it('answers JSON as before when Accept does not ask for NDJSON', async () => {
    for (const accept of ['application/json', '*/*', 'application/x-ndjson;q=0, application/json']) {
      const response = await uploadAsJson(toCsv(3, 'Plain'), { dryRun: true, headers: { accept } });
      expect([response.status, String(response.headers['content-type'])]).toEqual([200, 'application/json; charset=utf-8']);
      expect(response.body).toMatchObject({ dryRun: true, rowCount: 3 });
    }
  });

  describe('a client that goes away while the rows are being written', () => {
    let port: number;
    beforeAll(async () => {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.getHttpServer().address();
      port = typeof address === 'object' && address ? address.port : 0;
    });

    /** Posts the file over a real connection; answers the response, and the server's side of the connection. */
    const postOverSocket = (file: string, encoding: string) =>
      new Promise<{ response: IncomingMessage; serverSocket: Socket }>((resolve, reject) => {
        let serverSocket: Socket | undefined;
        app.getHttpServer().once('connection', (socket: Socket) => (serverSocket = socket));
        const outgoing = httpRequest(
          { host: '127.0.0.1', port, method: 'POST', path: importUrl(false), agent: false, headers: asUser(expert, { 'content-type': 'text/csv', accept: ndjson, 'accept-encoding': encoding }) },
          (response) => resolve({ response, serverSocket: serverSocket as Socket }),
        );
        outgoing.on('error', reject);
        outgoing.end(file);
      });

    /** Reads lines as they arrive until one matches. */
    const readUntil = (response: IncomingMessage, isWanted: (line: BaselineImportStreamLine) => boolean) =>
      new Promise<BaselineImportStreamLine[]>((resolve, reject) => {
        const lines: BaselineImportStreamLine[] = [];
        let pending = '';
        const body: Readable = response.headers['content-encoding'] === 'gzip' ? response.pipe(createGunzip()) : response;
        body.setEncoding('utf8');
        body.on('data', (chunk: string) => {
          pending += chunk;
          const complete = pending.split('\n');
          pending = complete.pop() ?? '';
          for (const text of complete) {
            const line = baselineImportStreamLineSchema.parse(JSON.parse(text));
            lines.push(line);
            if (isWanted(line)) resolve(lines);
          }
        });
        body.on('end', () => reject(new Error(`The stream ended first: ${JSON.stringify(lines.at(-1))}`)));
      });

    // Each line reaches the client while the import is still under way, gzipped or not.
    it.each(['identity', 'gzip'])('rolls the whole import back: nothing of the file is written (%s)', async (encoding) => {
      const file = toCsv(2_000, `Abandoned ${encoding}`);
      const before = await countWrites();
      // Holds the import's first batch in its transaction until the client has gone, so that the test does not race it.
      const blocker = harness.dataSource.createQueryRunner();
      await blocker.startTransaction();
      let lines: BaselineImportStreamLine[];
      try {
        await blocker.query('LOCK TABLE audit_entry IN SHARE ROW EXCLUSIVE MODE');
        const { response, serverSocket } = await postOverSocket(file, encoding);
        expect([response.statusCode, response.headers['content-type'], response.headers['content-encoding'] ?? 'identity']).toEqual([200, 'application/x-ndjson; charset=utf-8', encoding]);
        lines = await readUntil(response, (line) => line.type === 'progress' && line.phase === 'writing');
        const serverSawClose = new Promise((resolve) => serverSocket.once('close', resolve));
        response.destroy();
        await serverSawClose;
      } finally {
        await blocker.rollbackTransaction();
        await blocker.release();
      }
      expect(lines.at(-1)).toEqual({ type: 'progress', phase: 'writing', done: 0, total: 2_000 });

      // The import holds this lock until its transaction has ended, committed or rolled back.
      await harness.dataSource.transaction((manager) => manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [toImportLockName(networkId)]));
      expect(await countWrites()).toEqual(before);

      const again = readLines((await upload(file, { dryRun: false })).payload);
      expect(again.at(-1)).toMatchObject({ status: 200, body: { created: 2_000 } });
    });
  });
});
