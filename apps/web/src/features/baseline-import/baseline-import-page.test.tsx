import type { BaselineImportView } from '@compact-tracker/domain';
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
  getResponseHeader() {
    return null;
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
    this.responseText = JSON.stringify(body);
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
  it('uploads with progress, previews the checked rows, and commits them all with one button', async () => {
    renderImport();
    expect(screen.getByRole('link', { name: 'Download the template (.csv)' }).getAttribute('href')).toBe(`/api/networks/${networkId}/baseline-imports/template.csv`);
    chooseAndCheck(csv);
    const check = await sentRequest(0);
    expect([check.method, check.url, check.body]).toEqual(['POST', `/api/networks/${networkId}/baseline-imports?dryRun=true`, csv]);
    expect(check.headers).toEqual({ 'Content-Type': 'text/csv', Accept: 'application/json', 'X-Requested-With': 'compact-tracker' });

    act(() => check.sendProgress(50, 100));
    const bar = screen.getByRole('progressbar', { name: 'Uploading the file: 50%' });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    act(() => check.finishUpload());
    expect(screen.getByRole('progressbar', { name: 'Checking every row…' }).hasAttribute('aria-valuenow')).toBe(false);
    act(() => check.respond(200, preview));

    const table = await screen.findByRole('table', { name: 'The rows as they would be saved' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['2GE-1.1202041.5Georgia (national)', '3GE-2.12021Data gap—']);
    expect(screen.queryByRole('progressbar')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 baselines' }));
    const commit = await sentRequest(1);
    expect(commit.url).toBe(`/api/networks/${networkId}/baseline-imports?dryRun=false`);
    expect(commit.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    act(() => commit.finishUpload());
    expect(screen.getByRole('progressbar', { name: 'Importing…' })).toBeTruthy();
    act(() => commit.respond(200, { ...preview, dryRun: false, created: 2 }));
    expect(await screen.findByText('2 baselines imported.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import 2 baselines' })).toBeNull();
  });

  it('lists every refused row and column, and offers no import', async () => {
    renderImport();
    chooseAndCheck(csv);
    const check = await sentRequest(0);
    act(() =>
      check.respond(422, {
        code: 'validation_failed',
        message: 'The file has 2 problems; nothing was imported',
        fields: [
          { path: 'rows.3.value', message: 'Row 3, value: is not a number' },
          { path: 'rows.4.indicator_code', message: 'Row 4, indicator_code: no indicator GE-9.9 in this network' },
        ],
      }),
    );
    const refused = await screen.findByRole('alert');
    expect(within(refused).getByRole('heading', { name: 'The file was refused: nothing was imported' })).toBeTruthy();
    expect(within(refused).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Row 3, column value: is not a number',
      'Row 4, column indicator_code: no indicator GE-9.9 in this network',
    ]);
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull();
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
