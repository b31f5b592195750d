import { describe, expect, it } from 'vitest';
import { isAmbiguousNumber, readNumber } from './typed-number';

describe('readNumber', () => {
  it('reads plain figures and leaves blank as none', () => {
    expect(readNumber(' 1250 ', 'en')).toBe(1250);
    expect(readNumber('48.2', 'ka')).toBe(48.2);
    expect(readNumber('-3', 'en')).toBe(-3);
    expect(readNumber('  ', 'en')).toBeNull();
  });

  it('reads English thousands grouping back as the figure the app showed', () => {
    expect(readNumber('1,250', 'en')).toBe(1250);
    expect(readNumber('10,000', 'en')).toBe(10000);
    expect(readNumber('10,000.5', 'en')).toBe(10000.5);
    expect(readNumber('1,234,567', 'en')).toBe(1234567);
    expect(readNumber(new Intl.NumberFormat('en-GB').format(1234567.5), 'en')).toBe(1234567.5);
  });

  it('reads Georgian space grouping and decimal comma back as the figure the app showed', () => {
    expect(readNumber(new Intl.NumberFormat('ka-GE').format(1234567.5), 'ka')).toBe(1234567.5);
    expect(readNumber('12 500', 'ka')).toBe(12500);
    expect(readNumber('12\u00a0500,25', 'en')).toBe(12500.25);
  });

  it('takes a comma as the decimal mark only where it cannot be grouping', () => {
    expect(readNumber('48,2', 'en')).toBe(48.2);
    expect(readNumber('48,2', 'ka')).toBe(48.2);
    expect(readNumber('1,2500', 'ka')).toBe(1.25);
    expect(readNumber('0,250', 'ka')).toBe(0.25);
    // More than one comma group, or a point after them, is grouping in either language.
    expect(readNumber('1,250,000', 'ka')).toBe(1250000);
    expect(readNumber('10,000.5', 'ka')).toBe(10000.5);
  });

  it('refuses a figure it would have to guess, leaving the text for the schema to refuse', () => {
    expect(readNumber('1,250', 'ka')).toBe('1,250');
    expect(readNumber('1234,567', 'en')).toBe('1234,567');
    expect(isAmbiguousNumber('1,250', 'ka')).toBe(true);
    expect(isAmbiguousNumber('-1,250', 'ka')).toBe(true);
    expect(isAmbiguousNumber('1234,567', 'en')).toBe(true);
    expect(isAmbiguousNumber('1,250', 'en')).toBe(false);
    expect(isAmbiguousNumber('48,2', 'ka')).toBe(false);
  });

  it('leaves unreadable text as text', () => {
    expect(readNumber('about 40', 'en')).toBe('about 40');
    expect(readNumber('1,25,000', 'en')).toBe('1,25,000');
  });
});
