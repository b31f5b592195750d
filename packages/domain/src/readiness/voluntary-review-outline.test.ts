import { describe, expect, it } from 'vitest';
import { defaultReadinessCriteria } from './default-criteria.js';
import { voluntaryReviewOutline } from './voluntary-review-outline.js';

describe('the draft outline of a voluntary GCM review', () => {
  it('is marked unverified, and says so in both languages', () => {
    expect(voluntaryReviewOutline.isVerified).toBe(false);
    expect(voluntaryReviewOutline.note.en).toMatch(/unverified/);
    expect(voluntaryReviewOutline.note.ka).toMatch(/გადაუმოწმებელია/);
  });

  it('names each section in English and Georgian, once each', () => {
    const keys = voluntaryReviewOutline.sections.map((section) => section.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const section of voluntaryReviewOutline.sections) {
      expect(section.title.en, section.key).toMatch(/^[A-Z]/);
      expect(section.title.ka, section.key).toMatch(/[\u10D0-\u10FF]/);
      expect(section.prompt.ka, section.key).toMatch(/[\u10D0-\u10FF]/);
    }
  });

  it('points only at readiness criteria that exist', () => {
    const criterionKeys = new Set(defaultReadinessCriteria.map((criterion) => criterion.key));
    for (const section of voluntaryReviewOutline.sections) {
      for (const key of section.criterionKeys) expect(criterionKeys.has(key), `${section.key} → ${key}`).toBe(true);
    }
  });
});
