/**
 * `import { z } from 'zod'` pulls the whole of zod (~450 KB) into every Lambda bundle: `z` is a
 * re-exported namespace object that esbuild cannot tree-shake. `import * as z from 'zod'` lets it
 * keep only what is used (~90 KB). Measured with `npm run bench -- bundles`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the code', () => {
  it('imports zod as a namespace, so that bundles keep only the parts they use', () => {
    const offenders = ['functions', 'shared', 'cli', 'infra']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => /import\s+(type\s+)?\{[^}]*\bz\b[^}]*\}\s+from\s+'zod'/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
