import type { ReadinessCriterionDetailView, ReadinessView } from '@compact-tracker/domain';
import { DateTime } from 'luxon';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Clock } from '../src/common/clock.js';
import { criterionStates, reviewStates, withStatesAt } from '../src/readiness/as-of-states.js';
import { asUser, signIn } from './support/accounts.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

const day = 24 * 60 * 60 * 1000;

describe('readiness as of an earlier instant, rebuilt from the audit trail', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let networkId: string;
  let coChair: string;
  let expert: string;
  let reviewer: string;

  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_readiness_as_of');
    app = harness.app;
    ids = await findSeededIds(app);
    networkId = ((await request(app, '/api/networks')).body as { id: string }[])[0]?.id as string;
    coChair = await signIn(app, 'co_chair');
    expert = await signIn(app, 'expert');
    reviewer = await signIn(app, 'scmi_reviewer');
  });
  afterAll(() => harness.close());

  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, cookie: string, payload: unknown, extra: Record<string, string> = {}) =>
    request(app, { method, url, headers: asUser(cookie, extra), payload: payload as Record<string, unknown> });
  const readiness = async (asOf?: string, cookie = reviewer) => {
    const response = await request(app, { method: 'GET', url: `/api/networks/${networkId}/readiness${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`, headers: { cookie } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as ReadinessView;
  };
  const byKey = (view: ReadinessView, key: string) => view.criteria.find((criterion) => criterion.key === key);
  /** When the last audit entry of a record was written: the instant of its last change. */
  const lastChangeOf = async (entityId: string): Promise<Date> =>
    ((await harness.dataSource.query('SELECT max(occurred_at) AS at FROM audit_entry WHERE entity_id = $1', [entityId])) as { at: Date }[])[0]?.at as Date;
  const justBefore = (instant: Date) => new Date(instant.getTime() - 1).toISOString();
  /**
   * The seed records no creation of the criteria: their rows keep when they were created, to the microsecond, so the
   * first millisecond after it.
   */
  const criteriaSeededAt = async (): Promise<Date> => {
    const [row] = (await harness.dataSource.query('SELECT max(created_at) AS at FROM readiness_criterion WHERE network_id = $1', [networkId])) as { at: Date }[];
    return new Date((row?.at as Date).getTime() + 1);
  };

  it('shows no criteria on a day before the review was opened, with the countdown of that day', async () => {
    const view = await readiness('2021-04-22');
    expect(view).toMatchObject({ criteria: [], totals: { criterionCount: 0 }, review: { status: 'in_review', returnedCriterionIds: [] }, countdown: { daysToForum: 390 } });
  });

  it('reproduces each earlier state between changes, including deleted records and records created later', async () => {
    const seeded = await readiness();
    const participation = byKey(seeded, 'regional_review_participation');
    const openedAt = await criteriaSeededAt();

    const webinarVersion = ((await request(app, `/api/activities/${ids.webinarId}`)).body as { version: number }).version;
    expect((await send('PATCH', `/api/activities/${ids.webinarId}/status`, coChair, { status: 'done' }, { 'if-match': `"${webinarVersion}"` })).status).toBe(200);
    const webinarDoneAt = await lastChangeOf(ids.webinarId);

    const strategy = (await request(app, `/api/networks/${networkId}/strategy`)).body as { goals: { objectives: { id: string }[] }[] };
    const link = await send('POST', '/api/crosswalk/links', expert, { strategyObjectiveId: strategy.goals[0]?.objectives[0]?.id, target: { kind: 'gcm_objective', number: 5 }, fit: 'direct', rationale: 'Regular pathways' });
    expect(link.status).toBe(201);
    const linkId = (link.body as { id: string }).id;
    const linkedAt = await lastChangeOf(linkId);

    const returned = await send('POST', `/api/readiness/criteria/${participation?.id}/review`, reviewer, { decision: 'return', reason: 'No evidence yet' }, { 'if-match': `"${participation?.version}"` });
    expect(returned.status).toBe(200);
    const returnedAt = await lastChangeOf(participation?.id as string);
    expect((await send('POST', `/api/readiness/criteria/${participation?.id}/comments`, reviewer, { body: 'Ask the MFA' })).status).toBe(201);

    const organisations = (await request(app, '/api/organisations')).body as { id: string; shortName: string }[];
    const added = await send('POST', `/api/networks/${networkId}/readiness/criteria`, coChair, { title: 'Focal point named', ownerOrganisationId: organisations.find((organisation) => organisation.shortName === 'SCMI')?.id });
    expect(added.status).toBe(201);
    const addedAt = await lastChangeOf((added.body as { id: string }).id);

    expect((await send('DELETE', `/api/crosswalk/links/${linkId}`, expert, undefined, { 'if-match': '"1"' })).status).toBe(204);

    const atOpening = await readiness(openedAt.toISOString());
    expect(atOpening.asOf).toMatchObject({ instant: DateTime.fromJSDate(openedAt, { zone: 'Asia/Tbilisi' }).toISO(), isPast: true });
    expect([byKey(atOpening, 'scmi_briefed')?.status, byKey(atOpening, 'linkages_documented')?.figures, byKey(atOpening, 'regional_review_participation')?.review.state]).toEqual([
      'not_met',
      expect.objectContaining({ linkedObjectiveCount: 0 }),
      'open',
    ]);
    expect(atOpening.criteria).toHaveLength(7);
    expect((await readiness(justBefore(openedAt))).criteria.length).toBeLessThan(7);

    const atWebinar = await readiness(webinarDoneAt.toISOString());
    expect(byKey(atWebinar, 'scmi_briefed')).toMatchObject({ status: 'met', figures: { activity: { status: 'done' } } });
    expect(byKey(atWebinar, 'linkages_documented')?.figures).toMatchObject({ linkedObjectiveCount: 0 });
    expect(byKey(await readiness(justBefore(webinarDoneAt)), 'scmi_briefed')?.status).toBe('not_met');

    const atLink = await readiness(linkedAt.toISOString());
    expect(byKey(atLink, 'linkages_documented')).toMatchObject({ status: 'partly_met', figures: { linkedObjectiveCount: 1 } });

    expect(byKey(await readiness(justBefore(returnedAt)), 'regional_review_participation')?.review).toMatchObject({ state: 'open', returnReason: null });
    const atReturn = await readiness(returnedAt.toISOString());
    expect(byKey(atReturn, 'regional_review_participation')).toMatchObject({ review: { state: 'returned', returnReason: 'No evidence yet' }, commentCount: 1 });
    expect(atReturn.review.returnedCriterionIds).toEqual([participation?.id]);

    const detail = await request(app, { method: 'GET', url: `/api/readiness/criteria/${participation?.id}?asOf=${returnedAt.toISOString()}`, headers: { cookie: reviewer } });
    expect((detail.body as ReadinessCriterionDetailView).comments.map((comment) => comment.kind)).toEqual(['return']);

    expect((await readiness(justBefore(addedAt))).criteria).toHaveLength(7);
    const now = await readiness();
    expect(now.criteria).toHaveLength(8);
    expect(byKey(now, 'linkages_documented')?.figures).toMatchObject({ linkedObjectiveCount: 0 });
    expect(byKey(now, 'regional_review_participation')).toMatchObject({ commentCount: 2, review: { state: 'returned' } });
  });

  it("reads a day as the end of that day in the network's zone", async () => {
    const tbilisiToday = DateTime.now().setZone('Asia/Tbilisi');
    const later = new Date(tbilisiToday.endOf('day').toMillis() + day);
    // Sessions age by the same clock, so each side of the move signs in afresh.
    const clock = vi.spyOn(app.get(Clock), 'now').mockImplementation(() => later);
    try {
      const coChairLater = await signIn(app, 'co_chair');
      const meetingVersion = ((await request(app, `/api/activities/${ids.meetingId}`)).body as { version: number }).version;
      expect((await send('PATCH', `/api/activities/${ids.meetingId}/status`, coChairLater, { status: 'done' }, { 'if-match': `"${meetingVersion}"` })).status).toBe(200);
      const laterDay = DateTime.fromJSDate(later, { zone: 'Asia/Tbilisi' }).toISODate() as string;
      expect(byKey(await readiness(laterDay, await signIn(app, 'scmi_reviewer')), 'stock_taking_and_workplan')?.status).toBe('partly_met');
    } finally {
      clock.mockRestore();
    }
    const today = await readiness(tbilisiToday.toISODate() as string, await signIn(app, 'scmi_reviewer'));
    expect(today.asOf).toMatchObject({ day: tbilisiToday.toISODate(), instant: tbilisiToday.endOf('day').toISO() });
    expect(byKey(today, 'stock_taking_and_workplan')?.status).toBe('not_met');
  });

  it('rebuilds a current criterion or review exactly as its latest audit record reads', async () => {
    reviewer = await signIn(app, 'scmi_reviewer');
    const participation = byKey(await readiness(), 'regional_review_participation');
    expect((await send('POST', `/api/readiness/criteria/${participation?.id}/review`, reviewer, { decision: 'accept' }, { 'if-match': `"${participation?.version}"` })).status).toBe(200);
    const review = (await readiness()).review;
    expect((await send('POST', `/api/networks/${networkId}/readiness/sign-off`, reviewer, {}, { 'if-match': `"${review.version}"` })).status).toBe(200);

    const farFuture = new Date('2100-01-01T00:00:00Z');
    const rebuilt = (await harness.dataSource.query(
      `${withStatesAt({ criterion_at: criterionStates, review_at: reviewStates })}
       SELECT id, state FROM criterion_at UNION ALL SELECT id, state FROM review_at`,
      [networkId, farFuture],
    )) as { id: string; state: Record<string, unknown> }[];
    const compared = [];
    for (const { id, state } of rebuilt) {
      const [latest] = (await harness.dataSource.query('SELECT after FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT 1', [id])) as { after: Record<string, unknown> }[];
      if (latest) compared.push({ id, state, after: latest.after });
    }
    // The returned-then-accepted criterion, the added one and the signed-off review; seeded rows have no entries until changed.
    expect(compared).toHaveLength(3);
    for (const { id, state, after } of compared) expect(state, id).toEqual(after);
  });
});
