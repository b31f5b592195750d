import type { BaselineImportStreamLine, BaselineImportView } from '@compact-tracker/domain';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../app/app-routes';
import { buildSessionUser } from '../../test/fixtures';
import { renderWithApp } from '../../test/render-app';

const networkId = buildSessionUser('expert').network.id;

/** Stands in for the browser's XMLHttpRequest: records each request and lets the test drive its events. */
class RecordedRequest {
  static sent: RecordedRequest[] = [];
  readonly upload: { onprogress: ((event: ProgressEvent) => void) | null; onload: (() => void) | null } = { onprogress: null, onload: null };
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  responseHeaders: Record<string, string> = {};
  onprogress: (() => void) | null = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }
  send(body: unknown) {
    this.body = body;
    RecordedRequest.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  sendProgress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true } as ProgressEvent);
  }
  finishUpload() {
    this.upload.onload?.();
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseHeaders = { 'content-type': 'application/json; charset=utf-8' };
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
  /** Lines of the server's NDJSON answer arriving, as the browser reports them: the text so far grows. */
  stream(...lines: BaselineImportStreamLine[]) {
    this.streamText(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
  }
  streamText(text: string) {
    this.status = 200;
    this.responseHeaders = { 'content-type': 'application/x-ndjson; charset=utf-8' };
    this.responseText += text;
    this.onprogress?.();
  }
  finishStream(result: BaselineImportStreamLine) {
    this.stream(result);
    this.onload?.();
  }
}

beforeEach(() => {
  RecordedRequest.sent = [];
  vi.stubGlobal('XMLHttpRequest', RecordedRequest);
  vi.stubGlobal('fetch', vi.fn(async () => new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } })));
});
afterEach(() => vi.unstubAllGlobals());

const preview: BaselineImportView = {
  dryRun: true,
  rowCount: 2,
  created: 0,
  rows: [
    { row: 2, indicatorCode: 'GE-1.1', referenceYear: 2020, isDataGap: false, value: 41.5, narrative: null, area: 'Georgia (national)' },
    { row: 3, indicatorCode: 'GE-2.1', referenceYear: 2021, isDataGap: true, value: null, narrative: null, area: null },
  ],
};

const csv = new File(['indicator_code,reference_year,value\nGE-1.1,2020,41.5\n'], 'baselines.csv', { type: 'application/vnd.ms-excel' });

const renderImport = (role: 'expert' | 'co_chair' = 'expert') => renderWithApp(<AppRoutes />, { path: '/indicators/import', user: buildSessionUser(role) });

/** The mutation sends on the next tick: wait for the request to be made. */
const sentRequest = async (index: number): Promise<RecordedRequest> => {
  await waitFor(() => expect(RecordedRequest.sent.length).toBeGreaterThan(index));
  return RecordedRequest.sent[index] as RecordedRequest;
};

const chooseAndCheck = (file: File) => {
  fireEvent.change(screen.getByLabelText('CSV or Excel file'), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
};

describe('importing baselines', () => {
  it('uploads with progress, shows the server reading and checking the rows, previews them, and commits them all with one button', async () => {
    renderImport();
    expect(screen.getByRole('link', { name: 'Download the template (.csv)' }).getAttribute('href')).toBe(`/api/networks/${networkId}/baseline-imports/template.csv`);
    chooseAndCheck(csv);
    const check = await sentRequest(0);
    expect([check.method, check.url, check.body]).toEqual(['POST', `/api/networks/${networkId}/baseline-imports?dryRun=true`, csv]);
    expect(check.headers).toEqual({ 'Content-Type': 'text/csv', Accept: 'application/x-ndjson', 'X-Requested-With': 'compact-tracker' });

    act(() => check.sendProgress(50, 100));
    const bar = screen.getByRole('progressbar', { name: 'Uploading the file: 50%' });
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['50', '100']);
    act(() => check.finishUpload());
    expect(screen.getByRole('progressbar', { name: 'Checking every row…' }).hasAttribute('aria-valuenow')).toBe(false);

    act(() => check.stream({ type: 'progress', phase: 'reading', done: 0, total: null }, { type: 'progress', phase: 'reading', done: 4_500, total: null }));
    expect(screen.getByRole('progressbar', { name: 'Reading the file: 4,500 rows so far' }).hasAttribute('aria-valuenow')).toBe(false);
    act(() => check.stream({ type: 'progress', phase: 'reading', done: 10_000, total: 10_000 }, { type: 'progress', phase: 'checking', done: 4_500, total: 10_000 }));
    const checking = screen.getByRole('progressbar', { name: 'Checking rows: 4,500 of 10,000' });
    expect([checking.getAttribute('aria-valuenow'), checking.getAttribute('aria-valuemax'), checking.getAttribute('aria-valuetext')]).toEqual(['4500', '10000', 'Checking rows: 4,500 of 10,000']);
    act(() => check.finishStream({ type: 'result', status: 200, body: preview }));

    const table = await screen.findByRole('table', { name: 'The rows as they would be saved' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['2GE-1.1202041.5Georgia (national)', '3GE-2.12021Data gap—']);
    expect(screen.queryByRole('progressbar')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 baselines' }));
    const commit = await sentRequest(1);
    expect(commit.url).toBe(`/api/networks/${networkId}/baseline-imports?dryRun=false`);
    expect(commit.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    act(() => commit.finishUpload());
    expect(screen.getByRole('progressbar', { name: 'Importing…' })).toBeTruthy();
    act(() => commit.stream({ type: 'progress', phase: 'writing', done: 1, total: 2 }));
    expect(screen.getByRole('progressbar', { name: 'Saving rows: 1 of 2' }).getAttribute('aria-valuenow')).toBe('1');
    act(() => commit.finishStream({ type: 'result', status: 200, body: { ...preview, dryRun: false, created: 2 } }));
    expect(await screen.findByText('2 baselines imported.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import 2 baselines' })).toBeNull();
  });

  it('lists every refused row and column from the result line, and offers no import', async () => {
    renderImport();
    chooseAndCheck(csv);
    const check = await sentRequest(0);
    act(() => check.stream({ type: 'progress', phase: 'checking', done: 2, total: 2 }));
    act(() =>
      check.finishStream({
        type: 'result',
        status: 422,
        body: {
          code: 'validation_failed',
          message: 'The file has 2 problems; nothing was imported',
          fields: [
            { path: 'rows.3.value', message: 'Row 3, value: is not a number' },
            { path: 'rows.4.indicator_code', message: 'Row 4, indicator_code: no indicator GE-9.9 in this network' },
          ],
        },
      }),
    );
    const refused = await screen.findByRole('alert');
    expect(within(refused).getByRole('heading', { name: 'The file was refused: nothing was imported' })).toBeTruthy();
    expect(within(refused).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Row 3, column value: is not a number',
      'Row 4, column indicator_code: no indicator GE-9.9 in this network',
    ]);
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows a progress line only once all of it has arrived', async () => {
    renderImport();
    chooseAndCheck(csv);
    const check = await sentRequest(0);
    act(() => check.finishUpload());
    const line = `${JSON.stringify({ type: 'progress', phase: 'checking', done: 500, total: 2_000 })}\n`;
    act(() => check.streamText(line.slice(0, 30)));
    expect(screen.getByRole('progressbar', { name: 'Checking every row…' })).toBeTruthy();
    act(() => check.streamText(line.slice(30)));
    expect(screen.getByRole('progressbar', { name: 'Checking rows: 500 of 2,000' }).getAttribute('aria-valuenow')).toBe('500');
  });

  it('says why a file refused before any progress was not taken', async () => {
    renderImport();
    chooseAndCheck(csv);
    const check = await sentRequest(0);
    act(() => check.respond(413, { code: 'payload_too_large', message: 'The request body is too large' }));
    const refused = await screen.findByRole('alert');
    expect(refused.textContent).toContain('The file is larger than 20 MB: split it into smaller files.');
  });

  it('refuses a file that is neither CSV nor XLSX before uploading it', () => {
    renderImport();
    chooseAndCheck(new File(['x'], 'baselines.txt', { type: 'text/plain' }));
    expect(screen.getByText('Choose a .csv or .xlsx file.')).toBeTruthy();
    expect(RecordedRequest.sent).toHaveLength(0);
  });

  it('is the expert’s: a co-chair is told so', () => {
    renderImport('co_chair');
    expect(screen.getByRole('alert').textContent).toContain('Importing baselines is for the expert. Your role (Co-chair) may read the indicators and their baselines.');
    expect(screen.queryByLabelText('CSV or Excel file')).toBeNull();
  });
});
