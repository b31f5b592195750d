import { describe, expect, it } from 'vitest';
import { getChangedFields } from './audit-change.js';

describe('getChangedFields', () => {
  it('names the fields that differ, deep-comparing values', () => {
    expect(getChangedFields({ title: 'a', span: { m: ['2021-06'] }, x: 1 }, { title: 'b', span: { m: ['2021-06'] }, x: 1 })).toEqual(['title']);
  });

  it('treats a creation or deletion as every field changed', () => {
    expect(getChangedFields(null, { b: 1, a: 2 })).toEqual(['a', 'b']);
    expect(getChangedFields({ a: 1 }, null)).toEqual(['a']);
  });
});
