import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

/**
 * The print embeds Noto Sans and Noto Sans Georgian from the @fontsource packages (the same fonts the web app
 * ships). Each file holds one script's glyphs, so text is set in runs, each in the face that has its characters.
 */
export const fontFaces = ['latin', 'latinExt', 'cyrillic', 'georgian'] as const;
export type FontFace = (typeof fontFaces)[number];
export type FontWeight = 'regular' | 'bold';

const fontFiles: Record<FontFace, (weight: 400 | 700) => string> = {
  latin: (weight) => `@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`,
  latinExt: (weight) => `@fontsource/noto-sans/files/noto-sans-latin-ext-${weight}-normal.woff`,
  cyrillic: (weight) => `@fontsource/noto-sans/files/noto-sans-cyrillic-${weight}-normal.woff`,
  georgian: (weight) => `@fontsource/noto-sans-georgian/files/noto-sans-georgian-georgian-${weight}-normal.woff`,
};

type CodePointRange = readonly [first: number, last: number];

/** The unicode-range of each subset, as @fontsource's CSS declares it (latin takes everything the others do not). */
const faceRanges: readonly (readonly [FontFace, readonly CodePointRange[]])[] = [
  ['georgian', [[0x0589, 0x0589], [0x10a0, 0x10ff], [0x1c90, 0x1cba], [0x1cbd, 0x1cbf], [0x205a, 0x205a], [0x2d00, 0x2d2f], [0x2e31, 0x2e31]]],
  ['cyrillic', [[0x0301, 0x0301], [0x0400, 0x045f], [0x0490, 0x0491], [0x04b0, 0x04b1], [0x2116, 0x2116]]],
  [
    'latinExt',
    [
      [0x0100, 0x02ba], [0x02bd, 0x02c5], [0x02c7, 0x02cc], [0x02ce, 0x02d7], [0x02dd, 0x02ff], [0x1d00, 0x1dbf], [0x1e00, 0x1e9f],
      [0x1ef2, 0x1eff], [0x2020, 0x2020], [0x20a0, 0x20ab], [0x20ad, 0x20c0], [0x2113, 0x2113], [0x2c60, 0x2c7f], [0xa720, 0xa7ff],
    ],
  ],
];

// Noto Sans's latin subset keeps a few code points that fall inside the latin-ext blocks above.
const latinExceptions = new Set([0x0131, 0x0152, 0x0153, 0x02bb, 0x02bc, 0x02c6, 0x02da, 0x02dc]);

export const getFontFace = (codePoint: number): FontFace => {
  if (latinExceptions.has(codePoint)) return 'latin';
  for (const [face, ranges] of faceRanges) {
    if (ranges.some(([first, last]) => codePoint >= first && codePoint <= last)) return face;
  }
  return 'latin';
};

export type TextRun = { face: FontFace; text: string };

// Every face has these, so they stay in the run they fall in rather than splitting it.
const isSharedSpace = (codePoint: number) => codePoint === 0x20 || codePoint === 0xa0;

/** "ვებინარი (Webinar)" → the Georgian run "ვებინარი " and the Latin run "(Webinar)". */
export const splitIntoRuns = (text: string): TextRun[] => {
  const runs: TextRun[] = [];
  for (const character of text) {
    const codePoint = character.codePointAt(0) as number;
    const current = runs[runs.length - 1];
    const face = current && isSharedSpace(codePoint) ? current.face : getFontFace(codePoint);
    if (current && current.face === face) current.text += character;
    else runs.push({ face, text: character });
  }
  return runs;
};

export const getFontName = (face: FontFace, weight: FontWeight): string => `${face}-${weight}`;

/**
 * WOFF 1.0 → the TrueType/OpenType file it wraps (W3C WOFF §4–5): every table inflated and laid out again behind an
 * sfnt header. pdfkit would otherwise inflate the tables with a JavaScript inflater for every document it makes,
 * which costs more than the rest of the print together.
 */
export const decodeWoff = (woff: Buffer): Buffer => {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compressedLength = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compressedLength);
    return {
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: compressedLength < length ? inflateSync(stored) : stored,
    };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const padded = (length: number) => (length + 3) & ~3;
  const headerLength = 12 + numTables * 16;
  const sfnt = Buffer.alloc(headerLength + tables.reduce((total, table) => total + padded(table.data.length), 0));
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(searchRange, 6);
  sfnt.writeUInt16BE(entrySelector, 8);
  sfnt.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerLength;
  for (const [index, table] of tables.entries()) {
    const record = 12 + index * 16;
    sfnt.writeUInt32BE(table.tag, record);
    sfnt.writeUInt32BE(table.checksum, record + 4);
    sfnt.writeUInt32BE(offset, record + 8);
    sfnt.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  }
  return sfnt;
};

const requireFromHere = createRequire(import.meta.url);
let fontCache: Map<string, Buffer> | undefined;

/**
 * Every face in both weights, read from node_modules and unwrapped once per process, as TrueType; pdfkit embeds
 * only the glyphs it sets.
 */
export const loadPrintFonts = (): ReadonlyMap<string, Buffer> => {
  if (!fontCache) {
    const fonts = new Map<string, Buffer>();
    for (const face of fontFaces) {
      for (const [weight, cssWeight] of [['regular', 400], ['bold', 700]] as const) {
        fonts.set(getFontName(face, weight), decodeWoff(readFileSync(requireFromHere.resolve(fontFiles[face](cssWeight)))));
      }
    }
    fontCache = fonts;
  }
  return fontCache;
};
