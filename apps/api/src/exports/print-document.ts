import type { Locale } from '@compact-tracker/domain';
import PDFDocument from 'pdfkit';
import type { PageFrame } from './print-layout.js';

/** A4 in points, with room at the foot of each page for the page number and the generated-on line. */
export const a4Page = { width: 595.28, height: 841.89, margin: 46, footerHeight: 26 };

/** Where the body text of every printed page goes. */
export const a4Frame: PageFrame = {
  left: a4Page.margin,
  top: a4Page.margin,
  width: a4Page.width - 2 * a4Page.margin,
  bottom: a4Page.height - a4Page.margin - a4Page.footerHeight,
};

export type PrintedDocumentInfo = { title: string; author: string; subject: string; locale: Locale; generatedAt: Date };

/**
 * An A4 pdfkit document with its metadata and language set, pages buffered so footers can be numbered at the end,
 * and `finished`, the whole file once `doc.end()` has been called.
 */
export const createA4Document = (info: PrintedDocumentInfo): { doc: PDFKit.PDFDocument; finished: Promise<Buffer> } => {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: a4Page.margin, bottom: a4Page.margin, left: a4Page.margin, right: a4Page.margin },
    bufferPages: true,
    autoFirstPage: true,
    lang: info.locale === 'ka' ? 'ka-GE' : 'en-GB',
    displayTitle: true,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Creator: 'Compact Tracker',
      Producer: 'Compact Tracker',
      CreationDate: info.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finished };
};
