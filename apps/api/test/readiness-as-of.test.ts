import type { ReadinessCriterionDetailView, ReadinessGridView, ReadinessView } from '@compact-tracker/domain';
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
  /** When the review was opened: where the history of the readiness records begins. */
  const reviewOpenedAt = async (): Promise<Date> =>
    ((await harness.dataSource.query('SELECT created_at AS at FROM readiness_review WHERE network_id = $1', [networkId])) as { at: Date }[])[0]?.at as Date;
  /** What a criterion reads as, leaving out what depends on the day rather than the records (overdue). */
  const recordsOf = (view: ReadinessView) =>
    view.criteria.map(({ id, key, title, status, figures, owner, dueDate, evidence, review, commentCount }) => ({ id, key, title, status, figures, owner, dueDate, evidence, review, commentCount }));

  it('shows the seeded criteria in their starting state on a day before the history began, with the countdown of that day', async () => {
    const now = await readiness();
    expect(now.asOf).toMatchObject({ isPast: false, isBeforeHistory: false });

    const eve = await readiness('2022-05-16');
    expect(eve.asOf).toEqual({
      day: '2022-05-16',
      instant: '2022-05-16T23:59:59.999+04:00',
      timeZone: 'Asia/Tbilisi',
      isPast: true,
      historyBeginsAt: DateTime.fromJSDate(await reviewOpenedAt(), { zone: 'Asia/Tbilisi' }).toISO(),
      isBeforeHistory: true,
    });
    expect(eve.countdown).toMatchObject({ daysToForum: 1, phase: 'before' });
    expect(eve.criteria).toHaveLength(7);
    // As first recorded: the CSO workshop the seed stores as done counts, the webinar it stores as planned does not.
    expect(eve.criteria.map((criterion) => [criterion.key, criterion.status])).toEqual([
      ['whole_of_society_consultation', 'met'],
      ['scmi_briefed', 'not_met'],
      ['linkages_documented', 'not_met'],
      ['indicator_baselines', 'not_met'],
      ['stock_taking_and_workplan', 'not_met'],
      ['regional_review_participation', 'not_met'],
      ['voluntary_review_report', 'not_met'],
    ]);
    expect(recordsOf(eve)).toEqual(recordsOf(now));
    expect(eve.review).toEqual(now.review);

    const grid = await request(app, { method: 'GET', url: `/api/networks/${networkId}/readiness/grid?asOf=2022-05-16`, headers: { cookie: reviewer } });
    expect((grid.body as ReadinessGridView).asOf).toMatchObject({ isBeforeHistory: true });
  });

  it('reproduces each earlier state between changes, including deleted records and records created later', async () => {
    const seeded = await readiness();
    const participation = byKey(seeded, 'regional_review_participation');

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
    const addedId = (added.body as { id: string }).id;
    const addedAt = await lastChangeOf(addedId);

    expect((await send('DELETE', `/api/crosswalk/links/${linkId}`, expert, undefined, { 'if-match': '"1"' })).status).toBe(204);
    const unlinkedAt = await lastChangeOf(linkId);

    // A seeded row with no creation entry, deleted: the second-half workplan the stock-taking criterion asks for.
    const workplanDeliverable = ((await request(app, `/api/activities/${ids.meetingId}`)).body as { expectedDeliverables: { id: string; title: string; version: number }[] }).expectedDeliverables[0];
    expect(byKey(seeded, 'stock_taking_and_workplan')?.figures).toMatchObject({ deliverable: { id: workplanDeliverable?.id, status: 'pending' } });
    expect((await send('DELETE', `/api/deliverables/${workplanDeliverable?.id}`, coChair, undefined, { 'if-match': `"${workplanDeliverable?.version}"` })).status).toBe(204);
    const deliverableDeletedAt = await lastChangeOf(workplanDeliverable?.id as string);

    // Before the history began and up to the first change, every record reads as first recorded.
    for (const instant of ['2022-05-16', justBefore(webinarDoneAt)]) expect(recordsOf(await readiness(instant)), instant).toEqual(recordsOf(seeded));

    const atWebinar = await readiness(webinarDoneAt.toISOString());
    expect(atWebinar.asOf).toMatchObject({ instant: DateTime.fromJSDate(webinarDoneAt, { zone: 'Asia/Tbilisi' }).toISO(), isPast: true, isBeforeHistory: false });
    expect(byKey(atWebinar, 'scmi_briefed')).toMatchObject({ status: 'met', figures: { activity: { status: 'done' } } });
    expect(byKey(atWebinar, 'linkages_documented')?.figures).toMatchObject({ linkedObjectiveCount: 0 });

    const atLink = await readiness(linkedAt.toISOString());
    expect(byKey(atLink, 'linkages_documented')).toMatchObject({ status: 'partly_met', figures: { linkedObjectiveCount: 1 } });
    expect(byKey(await readiness(justBefore(unlinkedAt)), 'linkages_documented')?.figures).toMatchObject({ linkedObjectiveCount: 1 });
    expect(byKey(await readiness(unlinkedAt.toISOString()), 'linkages_documented')).toMatchObject({ status: 'not_met', figures: { linkedObjectiveCount: 0 } });

    expect(byKey(await readiness(justBefore(returnedAt)), 'regional_review_participation')?.review).toMatchObject({ state: 'open', returnReason: null });
    const atReturn = await readiness(returnedAt.toISOString());
    expect(byKey(atReturn, 'regional_review_participation')).toMatchObject({ review: { state: 'returned', returnReason: 'No evidence yet' }, commentCount: 1 });
    expect(atReturn.review.returnedCriterionIds).toEqual([participation?.id]);

    const detail = await request(app, { method: 'GET', url: `/api/readiness/criteria/${participation?.id}?asOf=${returnedAt.toISOString()}`, headers: { cookie: reviewer } });
    expect((detail.body as ReadinessCriterionDetailView).comments.map((comment) => comment.kind)).toEqual(['return']);

    // A criterion created through the API does not exist before its creation, not even before the history began.
    for (const instant of ['2022-05-16', justBefore(addedAt)]) expect((await readiness(instant)).criteria.map((criterion) => criterion.id), instant).not.toContain(addedId);
    expect((await readiness(addedAt.toISOString())).criteria.map((criterion) => criterion.id)).toContain(addedId);
    const beforeAdded = await request(app, { method: 'GET', url: `/api/readiness/criteria/${addedId}?asOf=${justBefore(addedAt)}`, headers: { cookie: reviewer } });
    expect(beforeAdded.status).toBe(404);

    expect(byKey(await readiness(justBefore(deliverableDeletedAt)), 'stock_taking_and_workplan')?.figures).toMatchObject({ deliverable: { id: workplanDeliverable?.id, status: 'pending' } });
    expect(byKey(await readiness(deliverableDeletedAt.toISOString()), 'stock_taking_and_workplan')?.figures).toMatchObject({ deliverable: null });

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
