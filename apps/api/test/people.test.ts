import type { PersonView } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn } from './support/accounts.js';
import { countRows, findAuditRows, findUserId } from './support/rows.js';
import { request, startWritableTestApp, type WritableTestApp } from './support/test-app.js';

// These tests write, so they get a seeded database of their own.
describe('people (speakers)', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let cookie: string;
  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_people');
    app = harness.app;
    cookie = await signIn(app, 'co_chair');
  });
  afterAll(() => harness.close());

  it('lists the seeded speakers by name, publicly, with the zones the source makes clear and none guessed', async () => {
    const response = await request(app, '/api/people');
    expect(response.status).toBe(200);
    const people = response.body as PersonView[];
    expect(people.map((person) => [person.displayName, person.timeZone])).toEqual([
      ['Ms. Anna Platonova', 'Asia/Tbilisi'],
      ['Ms. Azrah Karim Rajput', null],
      ['Mr. George Jashi', 'Asia/Tbilisi'],
      ['Mr. Kristof Tamas', 'Europe/Stockholm'],
      ['Ms. Olga Poalelungi', 'Europe/Chisinau'],
      ['Mr. Philippe Grandet', null],
      ['Dr. Sabine Machl', 'Asia/Tbilisi'],
      ['Ms. Sanja Celebic Lukovac', 'Asia/Tbilisi'],
      ['Ms. Sónia Pereira', 'Europe/Lisbon'],
      ['Dr. Susanne Melde', null],
    ]);
    expect(people.find((person) => person.name === 'Kristof Tamas')).toEqual({
      id: expect.any(String),
      honorific: 'Mr.',
      name: 'Kristof Tamas',
      title: 'Senior Adviser, Ministry of Justice, Sweden',
      organisation: { id: expect.any(String), name: 'Government of Sweden', shortName: 'Sweden' },
      timeZone: 'Europe/Stockholm',
      displayName: 'Mr. Kristof Tamas',
    });
  });

  it('adds a person once per Idempotency-Key, audited, and refuses the key with another body', async () => {
    const organisations = (await request(app, '/api/organisations')).body as { id: string; shortName: string | null }[];
    const iom = organisations.find((organisation) => organisation.shortName === 'IOM')?.id as string;
    const payload = { name: 'Tamar Example', title: 'Migration Officer', organisationId: iom, timeZone: 'Asia/Tbilisi' };
    const create = (body: Record<string, unknown>) => request(app, { method: 'POST', url: '/api/people', headers: asUser(cookie, { 'idempotency-key': 'person-1' }), payload: body });
    const before = await countRows(harness.dataSource, ['person', 'audit_entry']);
    const created = await create(payload);
    expect(created).toMatchObject({
      status: 201,
      body: { id: expect.any(String), honorific: null, name: 'Tamar Example', title: 'Migration Officer', organisation: { id: iom, shortName: 'IOM' }, timeZone: 'Asia/Tbilisi', displayName: 'Tamar Example' },
    });
    expect(await create(payload)).toMatchObject({ status: 201, body: created.body });
    expect(await create({ ...payload, name: 'Someone Else' })).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });
    expect(await countRows(harness.dataSource, ['person', 'audit_entry'])).toEqual({ person: (before.person ?? 0) + 1, audit_entry: (before.audit_entry ?? 0) + 1 });
    const [audit] = await findAuditRows(harness.dataSource, (created.body as { id: string }).id);
    expect(audit).toMatchObject({
      entity_type: 'person',
      action: 'create',
      actor_user_id: await findUserId(harness.dataSource, 'iom.cochair@compact-tracker.example'),
      after: { honorific: null, name: 'Tamar Example', title: 'Migration Officer', organisationId: iom, timeZone: 'Asia/Tbilisi' },
    });
    expect(((await request(app, '/api/people')).body as PersonView[]).map((person) => person.name)).toContain('Tamar Example');
  });

  it('refuses an unknown organisation and an unknown time zone, naming each, and writes nothing', async () => {
    const before = await countRows(harness.dataSource, ['person', 'audit_entry']);
    const create = (payload: Record<string, unknown>) => request(app, { method: 'POST', url: '/api/people', headers: asUser(cookie), payload });
    expect(await create({ name: 'A', title: 'B', organisationId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' })).toEqual({
      status: 400,
      headers: expect.anything(),
      body: { code: 'validation_failed', message: 'Unknown organisation: organisationId', fields: [{ path: 'organisationId', message: 'is not a known organisation' }] },
    });
    expect(await create({ name: 'A', title: 'B', timeZone: 'Europe/Geneva' })).toEqual({
      status: 400,
      headers: expect.anything(),
      body: { code: 'validation_failed', message: 'Invalid request body: timeZone', fields: [{ path: 'timeZone', message: 'must be an IANA time zone such as Asia/Tbilisi or Europe/Berlin' }] },
    });
    expect(await countRows(harness.dataSource, ['person', 'audit_entry'])).toEqual(before);
  });
});
