import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { decodeWoff, getFontFace, loadPrintFonts, splitIntoRuns } from './print-fonts.js';

describe('splitIntoRuns', () => {
  it('sets Georgian and Latin text in runs of their own face', () => {
    expect(splitIntoRuns('მდგომარეობა: 1 მაისი, 2021')).toEqual([
      { face: 'georgian', text: 'მდგომარეობა' },
      { face: 'latin', text: ': 1 ' },
      { face: 'georgian', text: 'მაისი' },
      { face: 'latin', text: ', 2021' },
    ]);
  });

  it('keeps spaces in the run they fall in, since every face has them', () => {
    expect(splitIntoRuns('დღის წესრიგი')).toEqual([{ face: 'georgian', text: 'დღის წესრიგი' }]);
    expect(splitIntoRuns('Webinar ვებინარი')).toEqual([
      { face: 'latin', text: 'Webinar ' },
      { face: 'georgian', text: 'ვებინარი' },
    ]);
  });

  it('takes letters of Latin Extended from their own subset: Chișinău, Poalelungi', () => {
    expect(splitIntoRuns('Chișinău')).toEqual([
      { face: 'latin', text: 'Chi' },
      { face: 'latinExt', text: 'ș' },
      { face: 'latin', text: 'in' },
      { face: 'latinExt', text: 'ă' },
      { face: 'latin', text: 'u' },
    ]);
    expect(splitIntoRuns('Sónia – “Q&A”')).toEqual([{ face: 'latin', text: 'Sónia – “Q&A”' }]);
  });

  it('answers nothing for empty text', () => {
    expect(splitIntoRuns('')).toEqual([]);
  });
});

describe('getFontFace', () => {
  it('knows the Georgian, Cyrillic and Latin blocks', () => {
    expect(getFontFace('ა'.codePointAt(0) as number)).toBe('georgian');
    expect(getFontFace('Ა'.codePointAt(0) as number)).toBe('georgian');
    expect(getFontFace('Ж'.codePointAt(0) as number)).toBe('cyrillic');
    expect(getFontFace('œ'.codePointAt(0) as number)).toBe('latin');
    expect(getFontFace('ş'.codePointAt(0) as number)).toBe('latinExt');
  });
});

describe('loadPrintFonts', () => {
  it('reads every face in both weights from the @fontsource packages, unwrapped to TrueType', () => {
    const fonts = loadPrintFonts();
    expect([...fonts.keys()].sort()).toEqual([
      'cyrillic-bold',
      'cyrillic-regular',
      'georgian-bold',
      'georgian-regular',
      'latin-bold',
      'latin-regular',
      'latinExt-bold',
      'latinExt-regular',
    ]);
    for (const font of fonts.values()) expect(font.readUInt32BE(0)).toBe(0x00010000);
  });
});

describe('decodeWoff', () => {
  it('gives the same font as the WOFF it unwraps: name and metrics', () => {
    const file = createRequire(import.meta.url).resolve('@fontsource/noto-sans-georgian/files/noto-sans-georgian-georgian-700-normal.woff');
    const woff = readFileSync(file);
    const trueType = decodeWoff(woff);
    expect(trueType.readUInt32BE(0)).toBe(0x00010000);
    const doc = new PDFDocument();
    doc.registerFont('woff', woff).registerFont('trueType', trueType);
    const measure = (font: string) => doc.font(font).fontSize(10).widthOfString('დღის წესრიგი');
    expect(measure('trueType')).toBeGreaterThan(50);
    expect(measure('trueType')).toBe(measure('woff'));
    // The name table holds the PostScript name in UTF-16BE.
    expect(trueType.includes(Buffer.from([...'NotoSansGeorgian-Bold'].flatMap((character) => [0, character.charCodeAt(0)])))).toBe(true);
    expect(() => decodeWoff(Buffer.from('not a font'))).toThrow('Not a WOFF 1.0 font');
  });
});
