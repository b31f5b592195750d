import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** A small deterministic generator, so every run seeds the same plan. */
const createRandom = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

type Random = ReturnType<typeof createRandom>;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const pickWeighted = <T>(random: Random, items: readonly (readonly [T, number])[]): T => {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1]![0];
};

const kinds = ['workshop', 'webinar', 'expert_engagement', 'meeting', 'consultation', 'training', 'report', 'other'] as const;
const statuses = [['planned', 45], ['in_progress', 20], ['done', 25], ['postponed', 6], ['cancelled', 4]] as const;
const precisions = [['day', 35], ['day-time-window', 15], ['month-range', 35], ['month-choice', 15]] as const;
const years = [[2021, 80], [2020, 10], [2022, 10]] as const;
const zones = ['Asia/Tbilisi', 'Europe/Zurich', 'Europe/Berlin', 'Europe/Lisbon'] as const;
const topics = [
  'GCM objective 1 data baseline',
  'labour migration pathways',
  'return and reintegration',
  'migrant smuggling prevention',
  'diaspora engagement',
  'consular protection',
  'the Migration Strategy 2021–2030 action plan',
  'SDG indicator 10.7.2',
  'climate-related displacement',
  'the IMRF preparations',
];
const audiences = ['SCMI officials', 'civil society organisations', 'the UN Country Team', 'municipal authorities', 'academia', 'the donor community'];

const month = (year: number, monthNumber: number) => `${year}-${String(monthNumber).padStart(2, '0')}`;
const lastDay = (yearMonth: string) => {
  const [year, monthNumber] = yearMonth.split('-').map(Number) as [number, number];
  return `${yearMonth}-${String(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()).padStart(2, '0')}`;
};

type SeedSpan = { span: Record<string, unknown>; earliestDay: string; latestDay: string };

const createSpan = (random: Random): SeedSpan => {
  const year = pickWeighted(random, years);
  const startMonth = 1 + Math.floor(random() * 12);
  switch (pickWeighted(random, precisions)) {
    case 'day': {
      const date = `${month(year, startMonth)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      return { span: { precision: 'day', date }, earliestDay: date, latestDay: date };
    }
    case 'day-time-window': {
      const date = `${month(year, startMonth)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      const startHour = 9 + Math.floor(random() * 6);
      const startTime = `${String(startHour).padStart(2, '0')}:00`;
      const endTime = `${String(startHour + 1 + Math.floor(random() * 3)).padStart(2, '0')}:30`;
      return { span: { precision: 'day-time-window', date, startTime, endTime, timeZone: pick(random, zones) }, earliestDay: date, latestDay: date };
    }
    case 'month-range': {
      const endMonth = Math.min(12, startMonth + Math.floor(random() * 5));
      const fromMonth = month(year, startMonth);
      const toMonth = month(year, endMonth);
      return { span: { precision: 'month-range', fromMonth, toMonth }, earliestDay: `${fromMonth}-01`, latestDay: lastDay(toMonth) };
    }
    case 'month-choice': {
      const first = Math.min(11, startMonth);
      const second = Math.min(12, first + 1 + Math.floor(random() * 2));
      const months = [month(year, first), month(year, second)];
      return { span: { precision: 'month-choice', months }, earliestDay: `${months[0]}-01`, latestDay: lastDay(months[1] as string) };
    }
  }
};

const createTitle = (random: Random, index: number, kind: string) => {
  const topic = pick(random, topics);
  const audience = pick(random, audiences);
  const length = random();
  const base = `${kind.replace('_', ' ')} ${String(index + 1).padStart(4, '0')} on ${topic}`;
  if (length < 0.4) return base;
  if (length < 0.8) return `${base} with ${audience}`;
  return `${base} with ${audience}, to agree on the next steps of the Network's workplan and its contribution to the review`;
};

const syntheticOrganisationCount = 16;

/**
 * Seeds the first workplan up to `total` activities, straight into PostgreSQL: varied precisions, statuses, kinds
 * and one to three lead organisations each (the seeded ones plus a few synthetic ones). Answers how many it added.
 */
export const seedActivities = async (databaseUrl: string, total: number): Promise<number> => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const workplan = await client.query<{ id: string }>('SELECT id FROM workplan ORDER BY year, title LIMIT 1');
    const workplanId = workplan.rows[0]?.id;
    if (!workplanId) throw new Error('no workplan to seed: did the app seed its 2021 workplan?');
    const existing = await client.query<{ count: string; last: number | null }>(
      'SELECT count(*) AS count, max(position) AS last FROM activity WHERE workplan_id = $1',
      [workplanId],
    );
    const existingCount = Number(existing.rows[0]?.count ?? 0);
    const firstPosition = (existing.rows[0]?.last ?? -1) + 1;
    const toAdd = Math.max(0, total - existingCount);

    const organisationKinds = ['un_entity', 'government_body', 'civil_society'] as const;
    for (let n = 1; n <= syntheticOrganisationCount; n += 1) {
      await client.query('INSERT INTO organisation (name, short_name, kind) VALUES ($1, $2, $3)', [
        `Benchmark organisation ${String(n).padStart(2, '0')}`,
        `BO${n}`,
        organisationKinds[n % organisationKinds.length],
      ]);
    }
    const organisationIds = (await client.query<{ id: string }>('SELECT id FROM organisation ORDER BY name')).rows.map((row) => row.id);

    const random = createRandom(20210422);
    const batchSize = 400;
    for (let start = 0; start < toAdd; start += batchSize) {
      const activityValues: unknown[] = [];
      const activityRows: string[] = [];
      const linkValues: unknown[] = [];
      const linkRows: string[] = [];
      for (let index = start; index < Math.min(toAdd, start + batchSize); index += 1) {
        const id = randomUUID();
        const kind = pick(random, kinds);
        const { span, earliestDay, latestDay } = createSpan(random);
        const values = [id, workplanId, kind, createTitle(random, index, kind), pickWeighted(random, statuses), JSON.stringify(span), earliestDay, latestDay, firstPosition + index];
        const offset = activityValues.length;
        activityRows.push(`(${values.map((_, i) => `$${offset + i + 1}`).join(', ')}, '', '{}', 1)`);
        activityValues.push(...values);

        const leadCount = 1 + Math.floor(random() * 3);
        const leads = new Set<string>();
        while (leads.size < leadCount) leads.add(pick(random, organisationIds));
        [...leads].forEach((organisationId, position) => {
          const linkOffset = linkValues.length;
          linkRows.push(`($${linkOffset + 1}, $${linkOffset + 2}, 'lead', $${linkOffset + 3})`);
          linkValues.push(id, organisationId, position);
        });
      }
      await client.query(
        `INSERT INTO activity (id, workplan_id, kind, title, status, date_span, earliest_day, latest_day, position, purpose, objectives, version) VALUES ${activityRows.join(', ')}`,
        activityValues,
      );
      await client.query(`INSERT INTO activity_organisation (activity_id, organisation_id, role, position) VALUES ${linkRows.join(', ')}`, linkValues);
    }
    await client.query('COMMIT');
    return toAdd;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
};
