import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createI18n, toLocale } from './i18n';
import { ka } from './ka';

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`)));

/** Strings that are the same in both languages on purpose: the product's name and pure placeholders. */
const sameInBothLanguages = new Set(['app.name', 'agenda.windowInZone', 'agenda.yourTimeZoneDetail']);

describe('translations', () => {
  it('translates every English string into Georgian script', () => {
    const english = new Map(flatten(en));
    const georgian = flatten(ka);
    expect(georgian.map(([key]) => key).sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of georgian) {
      if (sameInBothLanguages.has(key)) continue;
      expect(value, key).not.toBe(english.get(key));
      expect(value, key).toMatch(/[\u10D0-\u10FF]/);
    }
  });

  it('keeps every placeholder of the English string', () => {
    const georgian = new Map(flatten(ka));
    for (const [key, value] of flatten(en)) {
      const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
      expect(placeholders(georgian.get(key) ?? ''), key).toEqual(placeholders(value));
    }
  });

  it('reads only the two supported languages from a browser or storage value', () => {
    expect(toLocale('ka-GE')).toBe('ka');
    expect(toLocale('en-GB')).toBe('en');
    expect(toLocale('de')).toBe('en');
    expect(toLocale(undefined)).toBe('en');
  });

  it('formats plurals and interpolations in both languages', () => {
    expect(createI18n('en').t('findings.slack_before_window_end', { count: 1 })).toBe('1 minute free before the window closes');
    expect(createI18n('ka').t('agenda.minutes', { count: 20 })).toBe('20 წთ');
  });
});
