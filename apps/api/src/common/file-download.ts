import { StreamableFile } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

/** The files the API produces besides JSON, by the media type they are sent with. */
export const fileMediaTypes = {
  calendar: 'text/calendar; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;
export type FileKind = keyof typeof fileMediaTypes;

/**
 * A file a service made: what it is, what to call it, and whether a browser should save it (`attachment`) or may
 * show or subscribe to it in place (`inline`). Services answer this; controllers turn it into the response.
 */
export type FileDownload = {
  kind: FileKind;
  fileName: string;
  disposition: 'attachment' | 'inline';
  content: Buffer;
};

/** File names are ASCII slugs made by the API, so the plain `filename` parameter is enough (no RFC 5987 form). */
export const toStreamableFile = (file: FileDownload): StreamableFile =>
  new StreamableFile(file.content, {
    type: fileMediaTypes[file.kind],
    disposition: `${file.disposition}; filename="${file.fileName}"`,
    length: file.content.length,
  });

/** The 200 response of a file endpoint in the OpenAPI document, under its own media type. */
export const ApiFileResponse = (kind: FileKind, description: string) =>
  ApiResponse({
    status: 200,
    description,
    content: {
      [fileMediaTypes[kind].split(';')[0] as string]: {
        schema: kind === 'calendar' || kind === 'csv' ? { type: 'string' } : { type: 'string', format: 'binary' },
      },
    },
  });
