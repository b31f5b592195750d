import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });

describe('the domain package', () => {
  it('imports nothing but luxon, zod and its own files', () => {
    const files = sourceFiles(import.meta.dirname);
    expect(files.length).toBeGreaterThan(10);
    const outside = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)]
        .map((match) => match[1] as string)
        .filter((specifier) => !specifier.startsWith('.') && specifier !== 'luxon' && specifier !== 'zod')
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(outside).toEqual([]);
  });
});
