import type { ReadinessCriterionDetailView, ReadinessCriterionView, Role } from '@compact-tracker/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { buildSessionUser, organisationList } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';
import { auditKeys } from '../history/api';
import { organisationKeys } from '../organisations/api';
import { readinessKeys } from './api';
import { baselinesCriterion, buildCriterionDetail, buildGrid, networkId, readinessNow, voluntaryReviewCriterion } from './readiness-fixtures';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const writes = () =>
  fetchMock.mock.calls
    .filter(([, init]) => (init?.method ?? 'GET') !== 'GET')
    .map(([url, init]) => ({ method: init?.method, url: String(url), headers: init?.headers as Record<string, string>, body: init?.body ? JSON.parse(init.body as string) : undefined }));

/** The API as the page meets it: the write answers `after`, every read the criterion as it now is. */
const answerWith = (after: ReadinessCriterionDetailView) =>
  fetchMock.mockImplementation(async (url, init) => {
    if ((init?.method ?? 'GET') !== 'GET') return json(200, after);
    if (String(url).startsWith('/api/audit/')) return json(200, []);
    if (String(url).startsWith('/api/readiness/criteria/')) return json(200, after);
    return json(200, readinessNow);
  });

const renderCriterion = (criterion: ReadinessCriterionView, role: Role) => {
  const detail = buildCriterionDetail(criterion);
  return renderWithApp(<AppRoutes />, {
    path: `/readiness/criteria/${criterion.id}`,
    user: buildSessionUser(role),
    prepare: (queryClient) => {
      queryClient.setQueryData(readinessKeys.criterion(criterion.id), detail);
      queryClient.setQueryData(readinessKeys.summary(networkId), readinessNow);
      queryClient.setQueryData(readinessKeys.grid(networkId), buildGrid());
      queryClient.setQueryData(auditKeys.entity('readiness_criterion', criterion.id), []);
      queryClient.setQueryData(organisationKeys.list(), organisationList);
    },
  });
};

describe('a readiness criterion', () => {
  it('shows its status, figures, evidence and thread, with the history', () => {
    renderCriterion(voluntaryReviewCriterion, 'scmi_reviewer');
    expect(screen.getByRole('heading', { level: 1, name: 'Voluntary GCM review report drafted' })).toBeTruthy();
    expect(screen.getAllByText('Not met').length).toBeGreaterThan(0);
    expect(screen.getByText('Returned: No draft exists yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Outline of the voluntary review' })).toBeTruthy();
    const thread = screen.getByRole('region', { name: 'Comments and review steps (1)' });
    expect(within(thread).getByText('No draft exists yet')).toBeTruthy();
    expect(within(thread).getByText(/Demo SCMI Reviewer \(SCMI reviewer\)/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'History' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to readiness' }).getAttribute('href')).toBe('/readiness');
  });

  it('lets an SCMI reviewer return it only with a reason, sent with its version', async () => {
    const returned: ReadinessCriterionDetailView = {
      ...buildCriterionDetail(baselinesCriterion),
      review: { state: 'returned', returnReason: 'Two indicators lack a source', reviewedAt: '2022-03-01T08:00:00.000Z', reviewedBy: { id: buildSessionUser('scmi_reviewer').id, displayName: 'Demo SCMI Reviewer' } },
      version: 4,
    };
    answerWith(returned);
    renderCriterion(baselinesCriterion, 'scmi_reviewer');
    fireEvent.click(screen.getByRole('button', { name: 'Return…' }));
    const form = screen.getByRole('form', { name: 'Return to the co-chairs' });
    fireEvent.click(within(form).getByRole('button', { name: 'Return with this reason' }));
    expect(await within(form).findByText('A return needs a reason.')).toBeTruthy();
    expect(writes()).toEqual([]);

    fireEvent.change(within(form).getByLabelText(/Reason/), { target: { value: 'Two indicators lack a source' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Return with this reason' }));
    expect(await screen.findByText('Criterion returned to the co-chairs.')).toBeTruthy();
    expect(writes()).toEqual([
      {
        method: 'POST',
        url: `/api/readiness/criteria/${baselinesCriterion.id}/review`,
        headers: expect.objectContaining({ 'If-Match': '"3"' }),
        body: { decision: 'return', reason: 'Two indicators lack a source' },
      },
    ]);
  });

  it('lets an SCMI reviewer comment', async () => {
    answerWith(buildCriterionDetail(baselinesCriterion));
    renderCriterion(baselinesCriterion, 'scmi_reviewer');
    fireEvent.change(screen.getByLabelText('Comment'), { target: { value: 'Which survey gives GE-1?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(await screen.findByText('Comment added.')).toBeTruthy();
    expect(writes()).toEqual([
      {
        method: 'POST',
        url: `/api/readiness/criteria/${baselinesCriterion.id}/comments`,
        headers: expect.objectContaining({ 'Idempotency-Key': expect.any(String) }),
        body: { body: 'Which survey gives GE-1?' },
      },
    ]);
  });

  it('lets a co-chair answer a return, and edit the owner and due date, but not accept, return or comment', async () => {
    const answered: ReadinessCriterionDetailView = { ...buildCriterionDetail(voluntaryReviewCriterion), review: { ...voluntaryReviewCriterion.review, state: 'answered' }, version: 3 };
    answerWith(answered);
    renderCriterion(voluntaryReviewCriterion, 'co_chair');
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Return…' })).toBeNull();
    expect(screen.queryByLabelText('Comment')).toBeNull();

    const form = screen.getByRole('form', { name: 'Answer the return' });
    fireEvent.change(within(form).getByLabelText('Your answer'), { target: { value: 'The outline is attached; the first draft follows in April' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send answer' }));
    expect(await screen.findByText('Answer sent: the criterion is open for the reviewer again.')).toBeTruthy();
    expect(writes()[0]).toEqual({
      method: 'POST',
      url: `/api/readiness/criteria/${voluntaryReviewCriterion.id}/answer`,
      headers: expect.objectContaining({ 'If-Match': '"2"' }),
      body: { comment: 'The outline is attached; the first draft follows in April' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Edit details' }));
    const edit = screen.getByRole('form', { name: 'Edit the criterion' });
    fireEvent.change(within(edit).getByLabelText('Due date'), { target: { value: '2022-04-15' } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(writes()).toHaveLength(2));
    expect(writes()[1]).toEqual({
      method: 'PATCH',
      url: `/api/readiness/criteria/${voluntaryReviewCriterion.id}`,
      headers: expect.objectContaining({ 'If-Match': '"3"' }),
      body: { dueDate: '2022-04-15' },
    });
  });
});
