import { georgia2021Workplan } from '@compact-tracker/domain';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataSource } from '../src/database/data-source.js';
import { seedWorkplan } from '../src/database/seed-workplan.js';
import { createTestDatabase, prepareDatabase, type TestDatabase } from './support/database.js';

const tables = [
  'organisation',
  'person',
  'country_network',
  'country_network_co_chair',
  'workplan',
  'activity',
  'activity_organisation',
  'deliverable',
  'event_schedule',
  'agenda_item',
  'agenda_speaker',
] as const;

/** Every row of every table, in a stable order: what "nothing changed" is checked against. */
const snapshotDatabase = async (dataSource: DataSource) =>
  Object.fromEntries(
    await Promise.all(
      tables.map(async (table) => [table, await dataSource.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY to_jsonb(t)::text`)] as const),
    ),
  );

const countRows = async (dataSource: DataSource) =>
  Object.fromEntries(
    await Promise.all(
      tables.map(async (table) => [table, Number((await dataSource.query(`SELECT count(*) AS count FROM ${table}`))[0].count)] as const),
    ),
  );

describe('seeding the 2021 Georgia workplan', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase(inject('adminDatabaseUrl'), 'compact_tracker_seed');
    await prepareDatabase(database.url, { isSeeded: false });
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('stores every record of the concept note once, then changes nothing when run again', async () => {
    expect(await seedWorkplan(dataSource)).toBe('seeded');
    expect(await countRows(dataSource)).toEqual({
      organisation: 10,
      person: 10,
      country_network: 1,
      country_network_co_chair: 2,
      workplan: 1,
      activity: 4,
      activity_organisation: 18,
      deliverable: 4,
      event_schedule: 1,
      agenda_item: 9,
      agenda_speaker: 13,
    });

    const before = await snapshotDatabase(dataSource);
    expect(await seedWorkplan(dataSource)).toBe('already_present');
    expect(await snapshotDatabase(dataSource)).toEqual(before);
  });

  it('keeps calendar days as days and agenda times as instants converted from Tbilisi wall-clock time', async () => {
    const activities: { title: string; date_span: unknown; earliest_day: string; latest_day: string; status: string; position: number }[] =
      await dataSource.query('SELECT title, date_span, earliest_day, latest_day, status, position FROM activity ORDER BY position');
    expect(activities.map(({ date_span, earliest_day, latest_day, status, position }) => ({ date_span, earliest_day, latest_day, status, position }))).toEqual([
      { date_span: { precision: 'day', date: '2021-03-16' }, earliest_day: '2021-03-16', latest_day: '2021-03-16', status: 'done', position: 0 },
      {
        date_span: { precision: 'day-time-window', date: '2021-04-22', startTime: '14:00', endTime: '17:00', timeZone: 'Asia/Tbilisi' },
        earliest_day: '2021-04-22',
        latest_day: '2021-04-22',
        status: 'planned',
        position: 1,
      },
      { date_span: { precision: 'month-range', fromMonth: '2021-04', toMonth: '2021-06' }, earliest_day: '2021-04-01', latest_day: '2021-06-30', status: 'planned', position: 2 },
      { date_span: { precision: 'month-choice', months: ['2021-06', '2021-07'] }, earliest_day: '2021-06-01', latest_day: '2021-07-31', status: 'planned', position: 3 },
    ]);

    const [schedule] = await dataSource.query(
      `SELECT to_char(window_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"') AS start, to_char(window_end AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"') AS end, time_zone, platform FROM event_schedule`,
    );
    expect(schedule).toEqual({ start: '2021-04-22T10:00Z', end: '2021-04-22T13:00Z', time_zone: 'Asia/Tbilisi', platform: 'KUDO online platform' });

    const items: { start: string; duration_minutes: number; title: string }[] = await dataSource.query(
      `SELECT to_char(starts_at AT TIME ZONE 'UTC', 'HH24:MI') AS start, duration_minutes, title FROM agenda_item ORDER BY position`,
    );
    expect(items.map((item) => `${item.start} ${item.duration_minutes}`)).toEqual([
      '10:00 15',
      '10:15 15',
      '10:30 20',
      '10:50 40',
      '11:30 20',
      '11:50 20',
      '12:10 10',
      '12:20 20',
      '12:40 15',
    ]);

    const [network] = await dataSource.query(`SELECT country_code, name, established_on FROM country_network`);
    expect(network).toEqual({ country_code: 'GE', name: 'UN Network on Migration in Georgia', established_on: '2020-06-30' });
  });

  it('writes nothing at all when a seed is broken halfway', async () => {
    const before = await snapshotDatabase(dataSource);
    const broken = {
      ...georgia2021Workplan,
      network: { ...georgia2021Workplan.network, countryCode: 'XK' },
      // The webinar's agenda names people the seed no longer has.
      people: [],
    };
    await expect(seedWorkplan(dataSource, broken)).rejects.toThrow('The seed refers to an unknown person "machl"');
    expect(await snapshotDatabase(dataSource)).toEqual(before);
  });
});
