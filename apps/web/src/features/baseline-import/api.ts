import {
  baselineFileMediaTypes,
  baselineImportProgressMediaType,
  baselineImportStreamLineSchema,
  type BaselineImportPhase,
  type BaselineImportStreamLine,
  type BaselineImportView,
} from '@compact-tracker/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, csrfHeader, parseErrorResponse } from '../../lib/api-client';
import { auditKeys } from '../history/api';
import { indicatorKeys } from '../indicators/api';

/** By the name's ending: browsers report a CSV's type differently (text/csv, application/vnd.ms-excel, nothing). */
export const getBaselineFileType = (fileName: string): string | null => {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return baselineFileMediaTypes.csv;
  if (name.endsWith('.xlsx')) return baselineFileMediaTypes.xlsx;
  return null;
};

const networkPath = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export const getImportTemplateUrl = (networkId: string) => `${networkPath(networkId)}/baseline-imports/template.csv`;

/**
 * Uploading shows bytes sent; once the file is sent and before the server's first report, only that it is busy; then
 * the server's own count of rows read, checked and (on a commit) written.
 */
export type ImportProgress =
  | { phase: 'uploading'; loaded: number; total: number | null }
  | { phase: 'sent'; isDryRun: boolean }
  | { phase: BaselineImportPhase; done: number; total: number | null };

export type UploadRequest = {
  networkId: string;
  file: File;
  contentType: string;
  isDryRun: boolean;
  idempotencyKey?: string;
  onProgress: (progress: ImportProgress) => void;
  signal?: AbortSignal;
};

const invalidResponse = (status: number) => new ApiError(status, { code: 'invalid_response', message: 'The server answered with something that is not JSON' });

/** The lines of `text` after `consumed` that are complete (end with a newline), and how far they reach. */
export const takeCompleteLines = (text: string, consumed: number): { lines: BaselineImportStreamLine[]; consumed: number } => {
  const end = text.lastIndexOf('\n') + 1;
  if (end <= consumed) return { lines: [], consumed };
  const lines = text
    .slice(consumed, end)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => baselineImportStreamLineSchema.parse(JSON.parse(line)));
  return { lines, consumed: end };
};

/**
 * Sends the file as the request body and asks for the server's progress as NDJSON. XMLHttpRequest rather than fetch,
 * because only it reports upload progress; its responseText grows as the lines arrive. Failures, up front or in the
 * result line, become the same ApiError every other call gives.
 */
export const uploadBaselineFile = ({ networkId, file, contentType, isDryRun, idempotencyKey, onProgress, signal }: UploadRequest): Promise<BaselineImportView> =>
  new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    let consumed = 0;
    let result: Extract<BaselineImportStreamLine, { type: 'result' }> | undefined;
    const isProgressStream = () => request.status === 200 && (request.getResponseHeader('Content-Type') ?? '').startsWith(baselineImportProgressMediaType);
    const readArrivedLines = () => {
      const taken = takeCompleteLines(request.responseText, consumed);
      consumed = taken.consumed;
      for (const line of taken.lines) {
        if (line.type === 'progress') onProgress({ phase: line.phase, done: line.done, total: line.total });
        else result = line;
      }
    };
    request.open('POST', `${networkPath(networkId)}/baseline-imports?dryRun=${isDryRun ? 'true' : 'false'}`);
    request.setRequestHeader('Content-Type', contentType);
    request.setRequestHeader('Accept', baselineImportProgressMediaType);
    request.setRequestHeader(csrfHeader.name, csrfHeader.value);
    if (idempotencyKey) request.setRequestHeader('Idempotency-Key', idempotencyKey);
    request.upload.onprogress = (event) => onProgress({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    request.upload.onload = () => onProgress({ phase: 'sent', isDryRun });
    request.onprogress = () => {
      if (!isProgressStream()) return;
      try {
        readArrivedLines();
      } catch {
        request.abort();
        reject(invalidResponse(request.status));
      }
    };
    request.onload = () => {
      if (isProgressStream()) {
        try {
          readArrivedLines();
        } catch {
          return reject(invalidResponse(request.status));
        }
        if (!result) return reject(new ApiError(0, { code: 'network_error', message: 'The connection ended before the server finished' }));
        const { status, body } = result;
        return 'dryRun' in body ? resolve(body) : reject(new ApiError(status, body));
      }
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve(JSON.parse(request.responseText) as BaselineImportView);
        } catch {
          reject(invalidResponse(request.status));
        }
        return;
      }
      const headers = new Headers();
      const retryAfter = request.getResponseHeader('Retry-After');
      if (retryAfter) headers.set('Retry-After', retryAfter);
      void parseErrorResponse(new Response(request.responseText, { status: request.status, headers })).then(reject);
    };
    request.onerror = () => reject(new ApiError(0, { code: 'network_error', message: 'The server could not be reached' }));
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    onProgress({ phase: 'uploading', loaded: 0, total: file.size });
    request.send(file);
  });

/** A commit changes baselines of many indicators: every indicator answer and every history may be out of date. */
export const useUploadBaselines = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadBaselineFile,
    onSuccess: (result) => {
      if (result.dryRun) return;
      void queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
    },
  });
};
