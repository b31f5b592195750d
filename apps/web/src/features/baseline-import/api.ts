import type { BaselineImportView } from '@compact-tracker/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, csrfHeader, parseErrorResponse } from '../../lib/api-client';
import { auditKeys } from '../history/api';
import { indicatorKeys } from '../indicators/api';

export const csvContentType = 'text/csv';
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The API refuses larger bodies with 413; saying so before uploading saves the wait. */
export const maximumImportBytes = 20 * 1024 * 1024;

/** By the name's ending: browsers report a CSV's type differently (text/csv, application/vnd.ms-excel, nothing). */
export const getBaselineFileType = (fileName: string): string | null => {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return csvContentType;
  if (name.endsWith('.xlsx')) return xlsxContentType;
  return null;
};

const networkPath = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export const getImportTemplateUrl = (networkId: string) => `${networkPath(networkId)}/baseline-imports/template.csv`;

/** Uploading shows bytes sent; then the server checks (a dry run) or checks and writes (the commit). */
export type ImportPhase = 'uploading' | 'checking' | 'importing';
export type ImportProgress = { phase: ImportPhase; loaded: number; total: number | null };

export type UploadRequest = {
  networkId: string;
  file: File;
  contentType: string;
  isDryRun: boolean;
  idempotencyKey?: string;
  onProgress: (progress: ImportProgress) => void;
  signal?: AbortSignal;
};

/**
 * Sends the file as the request body. XMLHttpRequest rather than fetch, because only it reports upload progress;
 * failures become the same ApiError every other call gives.
 */
export const uploadBaselineFile = ({ networkId, file, contentType, isDryRun, idempotencyKey, onProgress, signal }: UploadRequest): Promise<BaselineImportView> =>
  new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const serverPhase: ImportPhase = isDryRun ? 'checking' : 'importing';
    request.open('POST', `${networkPath(networkId)}/baseline-imports?dryRun=${isDryRun ? 'true' : 'false'}`);
    request.setRequestHeader('Content-Type', contentType);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader(csrfHeader.name, csrfHeader.value);
    if (idempotencyKey) request.setRequestHeader('Idempotency-Key', idempotencyKey);
    request.upload.onprogress = (event) => onProgress({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    request.upload.onload = () => onProgress({ phase: serverPhase, loaded: file.size, total: file.size });
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve(JSON.parse(request.responseText) as BaselineImportView);
        } catch {
          reject(new ApiError(request.status, { code: 'invalid_response', message: 'The server answered with something that is not JSON' }));
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
