import type { ReadinessCriterionDetailView, ReadinessView } from '@compact-tracker/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, signIn } from './support/accounts.js';
import { createOtherNetwork, otherNetworkPassword } from './support/other-network.js';
import { countRows, findAuditRows } from './support/rows.js';
import { findSeededIds, request, startWritableTestApp, type SeededIds, type WritableTestApp } from './support/test-app.js';

type ErrorBody = { code: string; message: string; fields?: { path: string; message: string }[] };

describe('the readiness review for the IMRF', () => {
  let harness: WritableTestApp;
  let app: NestFastifyApplication;
  let ids: SeededIds;
  let networkId: string;
  let coChair: string;
  let expert: string;
  let reviewer: string;
  let viewer: string;
  let organisations: Record<string, string>;

  beforeAll(async () => {
    harness = await startWritableTestApp('compact_tracker_readiness');
    app = harness.app;
    ids = await findSeededIds(app);
    networkId = ((await request(app, '/api/networks')).body as { id: string }[])[0]?.id as string;
    organisations = Object.fromEntries(((await request(app, '/api/organisations')).body as { id: string; shortName: string }[]).map((organisation) => [organisation.shortName, organisation.id]));
    coChair = await signIn(app, 'co_chair');
    expert = await signIn(app, 'expert');
    reviewer = await signIn(app, 'scmi_reviewer');
    viewer = await signIn(app, 'viewer');
  });
  afterAll(() => harness.close());

  const send = (method: 'POST' | 'PATCH', url: string, cookie: string, payload: unknown, extra: Record<string, string> = {}) =>
    request(app, { method, url, headers: asUser(cookie, extra), payload: payload as Record<string, unknown> });
  const readiness = async (query = '') => {
    const response = await request(app, { method: 'GET', url: `/api/networks/${networkId}/readiness${query}`, headers: { cookie: viewer } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as ReadinessView;
  };
  const criterion = async (key: string) => {
    const found = (await readiness()).criteria.find((candidate) => candidate.key === key);
    if (!found) throw new Error(`no criterion ${key}`);
    return found;
  };
  const version = async (url: string) => ((await request(app, url)).body as { version: number }).version;

  it('opens with the seven default criteria of the Georgia network, owned, dated and open for review', async () => {
    const view = await readiness('?asOf=2021-04-22');
    expect(view.asOf).toMatchObject({ day: '2021-04-22', instant: '2021-04-22T23:59:59.999+04:00', timeZone: 'Asia/Tbilisi', isPast: true });
    expect(view.countdown).toEqual({ forumTitle: 'International Migration Review Forum (IMRF)', forumStartDate: '2022-05-17', forumEndDate: '2022-05-20', daysToForum: 390, phase: 'before' });

    const now = await readiness();
    expect(now.criteria.map((item) => [item.key, item.kind, item.status, item.owner?.shortName, item.dueDate, item.review.state])).toEqual([
      ['whole_of_society_consultation', 'computed', 'met', 'IOM', '2021-03-16', 'open'],
      ['scmi_briefed', 'computed', 'not_met', 'IOM', '2021-04-22', 'open'],
      ['linkages_documented', 'computed', 'not_met', 'IOM', '2021-06-30', 'open'],
      ['indicator_baselines', 'computed', 'not_met', 'IOM', '2021-06-30', 'open'],
      ['stock_taking_and_workplan', 'computed', 'not_met', 'IOM', '2021-07-31', 'open'],
      ['regional_review_participation', 'evidence', 'not_met', 'SCMI', null, 'open'],
      ['voluntary_review_report', 'evidence', 'not_met', 'SCMI', null, 'open'],
    ]);
    expect(now.criteria[0]?.figures).toEqual({ kind: 'activity_done', activity: { id: ids.workshopId, title: expect.stringContaining('Civil Society'), status: 'done' } });
    expect(now.criteria[1]).toMatchObject({ source: { kind: 'activity_done', activityId: ids.webinarId }, isOverdue: true });
    expect(now.totals).toMatchObject({ criterionCount: 7, met: 1, partlyMet: 0, notMet: 6, open: 7, returned: 0, accepted: 0 });
    expect(now.review).toMatchObject({ status: 'in_review', signedOffAt: null, returnedCriterionIds: [], version: 1 });
  });

  it('is for signed-in readers of the network, and says so for a network without a review', async () => {
    expect((await request(app, `/api/networks/${networkId}/readiness`)).status).toBe(401);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await request(app, { method: 'GET', url: `/api/networks/${unknown}/readiness`, headers: { cookie: viewer } })).toMatchObject({
      status: 404,
      body: { code: 'not_found', message: `No readiness review for network ${unknown}` },
    });
    expect(await request(app, { method: 'GET', url: `/api/networks/${networkId}/readiness?asOf=22.04.2021`, headers: { cookie: viewer } })).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', fields: [{ path: 'asOf' }] },
    });

    const other = await createOtherNetwork(harness.dataSource);
    const armenian = await signIn(app, { email: other.users.co_chair.email, password: otherNetworkPassword });
    const criterionId = (await criterion('scmi_briefed')).id;
    for (const url of [
      `/api/networks/${networkId}/readiness`,
      `/api/readiness/criteria/${criterionId}`,
      `/api/networks/${networkId}/readiness/grid`,
      `/api/networks/${networkId}/readiness/grid/7/1`,
      `/api/networks/${networkId}/readiness/report.pdf`,
    ]) {
      expect(await request(app, { method: 'GET', url, headers: { cookie: armenian } }), url).toMatchObject({ status: 404, body: { code: 'not_found' } });
    }
  });

  it('follows the SCMI webinar: met once it is done', async () => {
    const webinarVersion = await version(`/api/activities/${ids.webinarId}`);
    expect((await send('PATCH', `/api/activities/${ids.webinarId}/status`, coChair, { status: 'done' }, { 'if-match': `"${webinarVersion}"` })).status).toBe(200);
    expect(await criterion('scmi_briefed')).toMatchObject({ status: 'met', isOverdue: false, figures: { kind: 'activity_done', activity: { id: ids.webinarId, status: 'done' } } });
  });

  it('counts crosswalk coverage of the 23 GCM objectives: partly met with some, met with all', async () => {
    const strategy = (await request(app, `/api/networks/${networkId}/strategy`)).body as { goals: { objectives: { id: string }[] }[] };
    const strategyObjectiveId = strategy.goals[0]?.objectives[0]?.id as string;
    const link = (number: number) =>
      send('POST', '/api/crosswalk/links', expert, { strategyObjectiveId, target: { kind: 'gcm_objective', number }, fit: 'partial', rationale: `Serves objective ${number}` });

    for (const number of [1, 7]) expect((await link(number)).status).toBe(201);
    const partly = await criterion('linkages_documented');
    expect(partly).toMatchObject({ status: 'partly_met', figures: { kind: 'crosswalk_gcm_coverage', linkedObjectiveCount: 2, objectiveCount: 23 } });
    expect(partly.figures.kind === 'crosswalk_gcm_coverage' && partly.figures.unlinkedObjectiveNumbers).toHaveLength(21);

    for (let number = 2; number <= 23; number += 1) if (number !== 7) expect((await link(number)).status).toBe(201);
    expect(await criterion('linkages_documented')).toMatchObject({ status: 'met', figures: { linkedObjectiveCount: 23, unlinkedObjectiveNumbers: [] } });
  });

  it('counts aligned indicators with a baseline or a justified data gap', async () => {
    const indicator = async (code: string, gcmObjectiveNumbers: number[]) => {
      const response = await send('POST', `/api/networks/${networkId}/indicators`, expert, {
        code,
        name: `Indicator ${code}`,
        definition: 'A national indicator',
        measure: 'number',
        direction: 'increase',
        disaggregationDimensions: [],
        gcmObjectiveNumbers,
        sdgIndicatorCodes: [],
      });
      expect(response.status).toBe(201);
      return (response.body as { id: string }).id;
    };
    const first = await indicator('GE-R1', [1]);
    const second = await indicator('GE-R2', [7, 16]);
    await indicator('GE-R3', []);
    expect(await criterion('indicator_baselines')).toMatchObject({
      status: 'not_met',
      figures: { kind: 'indicator_baselines', alignedIndicatorCount: 2, withBaselineCount: 0, withDataGapCount: 0, withoutBaselineCount: 2 },
    });

    expect((await send('POST', `/api/indicators/${first}/baselines`, expert, { referenceYear: 2020, value: 1200 })).status).toBe(201);
    expect(await criterion('indicator_baselines')).toMatchObject({ status: 'partly_met', figures: { withBaselineCount: 1, withoutBaselineCount: 1 } });

    expect((await send('POST', `/api/indicators/${second}/baselines`, expert, { referenceYear: 2020, isDataGap: true, gapReason: 'No survey covers return migration' })).status).toBe(201);
    expect(await criterion('indicator_baselines')).toMatchObject({
      status: 'met',
      figures: { alignedIndicatorCount: 2, withBaselineCount: 1, withDataGapCount: 1, withoutBaselineCount: 0 },
    });
  });

  it('needs the stock-taking held and its second-half workplan delivered', async () => {
    const meetingVersion = await version(`/api/activities/${ids.meetingId}`);
    expect((await send('PATCH', `/api/activities/${ids.meetingId}/status`, coChair, { status: 'done' }, { 'if-match': `"${meetingVersion}"` })).status).toBe(200);
    const held = await criterion('stock_taking_and_workplan');
    expect(held).toMatchObject({
      status: 'partly_met',
      figures: { kind: 'activity_and_deliverable_done', activity: { id: ids.meetingId, status: 'done' }, deliverable: { title: 'A more detailed workplan for the Network for the second half of 2021', status: 'pending' } },
    });
    const deliverableId = held.figures.kind === 'activity_and_deliverable_done' ? (held.figures.deliverable?.id as string) : '';
    expect((await send('PATCH', `/api/deliverables/${deliverableId}`, coChair, { status: 'delivered' }, { 'if-match': '"1"' })).status).toBe(200);
    expect(await criterion('stock_taking_and_workplan')).toMatchObject({ status: 'met', figures: { deliverable: { status: 'delivered' } } });
  });

  it('lets a co-chair set an evidence-based status only with evidence, never a computed one, with one audit row per change', async () => {
    const report = await criterion('voluntary_review_report');
    const url = `/api/readiness/criteria/${report.id}`;
    const refused = await send('PATCH', url, coChair, { status: 'met' }, { 'if-match': `"${report.version}"` });
    expect(refused).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: [{ path: 'status', message: 'needs at least one evidence link to be met' }] } });

    const evidence = [
      { kind: 'document', title: 'Draft voluntary GCM review', url: 'https://example.org/georgia-vgcmr-draft.pdf' },
      { kind: 'activity', activityId: ids.webinarId },
    ];
    const changed = await send('PATCH', url, coChair, { status: 'met', evidence, dueDate: '2022-03-31' }, { 'if-match': `"${report.version}"` });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).toBe(`"${report.version + 1}"`);
    expect(changed.body).toMatchObject({
      status: 'met',
      dueDate: '2022-03-31',
      figures: { kind: 'evidence', evidenceCount: 2 },
      evidence: [evidence[0], { kind: 'activity', activityId: ids.webinarId, title: expect.stringContaining('Webinar'), status: 'done' }],
    });
    const audit = await findAuditRows(harness.dataSource, report.id);
    // The seeded criterion's history starts with its first change.
    expect(audit.map((row) => [row.entity_type, row.action])).toEqual([['readiness_criterion', 'update']]);
    expect(audit[0]).toMatchObject({ before: { evidenceStatus: 'not_met', evidence: [] }, after: { evidenceStatus: 'met', evidence, dueDate: '2022-03-31' } });

    const stale = await send('PATCH', url, coChair, { title: 'Renamed' }, { 'if-match': `"${report.version}"` });
    expect(stale.status).toBe(412);
    const dropEvidence = await send('PATCH', url, coChair, { evidence: [] }, { 'if-match': `"${report.version + 1}"` });
    expect(dropEvidence).toMatchObject({ status: 400, body: { fields: [{ path: 'evidence', message: 'must keep at least one link while the criterion is met' }] } });

    const computed = await criterion('scmi_briefed');
    const setComputed = await send('PATCH', `/api/readiness/criteria/${computed.id}`, coChair, { status: 'not_met' }, { 'if-match': `"${computed.version}"` });
    expect(setComputed).toMatchObject({ status: 400, body: { fields: [{ path: 'status', message: 'is computed from live data for this criterion and cannot be set' }] } });
  });

  it('lets co-chairs add an evidence-based criterion, checking its owner and evidence', async () => {
    const url = `/api/networks/${networkId}/readiness/criteria`;
    const input = { title: 'National GCM focal point named', ownerOrganisationId: organisations.SCMI, evidence: [{ kind: 'activity', activityId: '00000000-0000-4000-8000-000000000000' }] };
    const before = await countRows(harness.dataSource, ['readiness_criterion', 'audit_entry']);
    expect(await send('POST', url, coChair, input)).toMatchObject({
      status: 400,
      body: { code: 'validation_failed', fields: [{ path: 'evidence.0.activityId', message: 'is not an activity of your network' }] },
    });
    expect(await countRows(harness.dataSource, ['readiness_criterion', 'audit_entry'])).toEqual(before);

    const created = await send('POST', url, coChair, { ...input, evidence: [] }, { 'idempotency-key': 'focal-point' });
    expect(created.status).toBe(201);
    const body = created.body as ReadinessCriterionDetailView;
    expect(created.headers).toMatchObject({ etag: '"1"', location: `/api/readiness/criteria/${body.id}` });
    expect(body).toMatchObject({ key: null, position: 8, kind: 'evidence', source: null, status: 'not_met', owner: { shortName: 'SCMI' }, dueDate: null, comments: [] });
    expect((await send('POST', url, coChair, { ...input, evidence: [] }, { 'idempotency-key': 'focal-point' })).body).toEqual(body);
    expect(await countRows(harness.dataSource, ['readiness_criterion', 'audit_entry'])).toEqual({
      readiness_criterion: (before.readiness_criterion ?? 0) + 1,
      audit_entry: (before.audit_entry ?? 0) + 1,
    });
    expect((await readiness()).totals.criterionCount).toBe(8);
  });

  describe('the review workflow', () => {
    const review = (id: string, currentVersion: number, payload: unknown, cookie = reviewer) =>
      send('POST', `/api/readiness/criteria/${id}/review`, cookie, payload, { 'if-match': `"${currentVersion}"` });
    const signOff = async (payload: unknown = {}) => {
      const current = (await readiness()).review.version;
      return send('POST', `/api/networks/${networkId}/readiness/sign-off`, reviewer, payload, { 'if-match': `"${current}"` });
    };

    it('takes comments from SCMI reviewers, in the criterion thread', async () => {
      const target = await criterion('regional_review_participation');
      const comment = await send('POST', `/api/readiness/criteria/${target.id}/comments`, reviewer, { body: 'Who attended the UNECE review?' });
      expect(comment).toMatchObject({ status: 201, body: { criterionId: target.id, kind: 'comment', body: 'Who attended the UNECE review?', author: { role: 'scmi_reviewer' } } });
      const detail = (await request(app, { method: 'GET', url: `/api/readiness/criteria/${target.id}`, headers: { cookie: viewer } })).body as ReadinessCriterionDetailView;
      expect(detail).toMatchObject({ commentCount: 1, comments: [{ kind: 'comment', body: 'Who attended the UNECE review?' }] });
      const audit = await findAuditRows(harness.dataSource, (comment.body as { id: string }).id);
      expect(audit).toMatchObject([{ entity_type: 'readiness_comment', action: 'create', after: { criterionId: target.id, kind: 'comment' } }]);
    });

    it('needs a reason to return a criterion, naming the field', async () => {
      const target = await criterion('regional_review_participation');
      const before = await countRows(harness.dataSource, ['readiness_comment', 'audit_entry']);
      for (const payload of [{ decision: 'return' }, { decision: 'return', reason: '   ' }]) {
        const response = await review(target.id, target.version, payload);
        expect(response).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: [{ path: 'reason', message: 'a return needs a reason' }] } });
      }
      expect(await countRows(harness.dataSource, ['readiness_comment', 'audit_entry'])).toEqual(before);
    });

    it('refuses the sign-off while a criterion is returned, naming it; allows it once answered or accepted', async () => {
      const participation = await criterion('regional_review_participation');
      const returned = await review(participation.id, participation.version, { decision: 'return', reason: 'Attach the list of participants' });
      expect(returned.status).toBe(200);
      expect(returned.body).toMatchObject({ review: { state: 'returned', returnReason: 'Attach the list of participants', reviewedBy: { displayName: expect.any(String) } } });
      const consultation = await criterion('whole_of_society_consultation');
      expect((await review(consultation.id, consultation.version, { decision: 'return', reason: 'Which CSOs took part?' })).status).toBe(200);

      const refused = await signOff({ note: 'Ready' });
      const body = refused.body as ErrorBody;
      expect(refused.status).toBe(409);
      expect(body).toMatchObject({ code: 'conflict', message: expect.stringContaining('2 criteria are returned') });
      expect(body.fields?.map((field) => field.path).sort()).toEqual([`criteria.${consultation.id}`, `criteria.${participation.id}`].sort());
      expect((await readiness()).review).toMatchObject({ status: 'in_review', returnedCriterionIds: expect.arrayContaining([consultation.id, participation.id]) });

      const answering = await criterion('regional_review_participation');
      expect(await send('POST', `/api/readiness/criteria/${answering.id}/answer`, coChair, { comment: '' }, { 'if-match': `"${answering.version}"` })).toMatchObject({
        status: 400,
        body: { fields: [{ path: 'comment', message: 'an answer needs a text' }] },
      });
      const answered = await send('POST', `/api/readiness/criteria/${answering.id}/answer`, coChair, { comment: 'Participants list attached as evidence' }, { 'if-match': `"${answering.version}"` });
      expect(answered).toMatchObject({ status: 200, body: { review: { state: 'answered', returnReason: 'Attach the list of participants' } } });
      expect((await signOff()).status).toBe(409);

      const withdrawn = await criterion('whole_of_society_consultation');
      expect(await review(withdrawn.id, withdrawn.version, { decision: 'accept', comment: 'Seen the workshop report' })).toMatchObject({ status: 200, body: { review: { state: 'accepted', returnReason: null } } });
      const thread = ((await request(app, { method: 'GET', url: `/api/readiness/criteria/${answering.id}`, headers: { cookie: reviewer } })).body as ReadinessCriterionDetailView).comments;
      expect(thread.map((entry) => [entry.kind, entry.body, entry.author?.role])).toEqual([
        ['comment', 'Who attended the UNECE review?', 'scmi_reviewer'],
        ['return', 'Attach the list of participants', 'scmi_reviewer'],
        ['answer', 'Participants list attached as evidence', 'co_chair'],
      ]);

      const signed = await signOff({ note: 'Reviewed for the IMRF' });
      expect(signed.status).toBe(200);
      expect(signed.body).toMatchObject({ status: 'signed_off', signOffNote: 'Reviewed for the IMRF', signedOffBy: { displayName: expect.any(String) }, returnedCriterionIds: [] });
      const reviewId = (signed.body as { id: string }).id;
      expect((await findAuditRows(harness.dataSource, reviewId)).map((row) => [row.action, row.note, row.before?.status, row.after?.status])).toEqual([
        ['update', 'Reviewed for the IMRF', 'in_review', 'signed_off'],
      ]);
    });

    it('is final once signed off: no more review steps, criteria or changes to them, while comments still come in', async () => {
      const target = await criterion('scmi_briefed');
      expect(await review(target.id, target.version, { decision: 'accept' })).toMatchObject({ status: 409, body: { code: 'conflict' } });
      expect((await signOff()).status).toBe(409);
      expect((await send('POST', `/api/networks/${networkId}/readiness/criteria`, coChair, { title: 'Late', ownerOrganisationId: organisations.IOM })).status).toBe(409);
      expect(await send('PATCH', `/api/readiness/criteria/${target.id}`, coChair, { title: 'Retitled after the sign-off' }, { 'if-match': `"${target.version}"` })).toMatchObject({
        status: 409,
        body: { code: 'conflict' },
      });
      expect((await criterion('scmi_briefed')).title).toBe(target.title);
      expect((await send('POST', `/api/readiness/criteria/${target.id}/comments`, reviewer, { body: 'Noted for the next cycle' })).status).toBe(201);
    });

    it("keeps each record's history readable by those who read the audit trail", async () => {
      const target = await criterion('regional_review_participation');
      const history = await request(app, { method: 'GET', url: `/api/audit/readiness_criterion/${target.id}`, headers: { cookie: reviewer } });
      expect(history.status).toBe(200);
      expect((history.body as { action: string; note: string | null }[]).map((entry) => [entry.action, entry.note])).toEqual([
        ['update', 'Participants list attached as evidence'],
        ['update', 'Attach the list of participants'],
      ]);
    });
  });
});
