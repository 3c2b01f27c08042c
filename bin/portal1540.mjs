#!/usr/bin/env node
// The package's command: runs the TypeScript CLI through tsx (a dependency), wherever it is called from.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = createRequire(import.meta.url).resolve('tsx');
const result = spawnSync(process.execPath, ['--import', tsx, join(root, 'cli/main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exitCode = result.status ?? 1;
