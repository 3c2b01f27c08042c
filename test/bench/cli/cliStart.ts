/**
 * CLI start benchmark: `node bin/portal1540.mjs --help` (the compiled CLI, `cli/build.mjs`) against
 * the named baseline `node -e 0`, the cost of starting Node at all; and, for comparison, the
 * TypeScript sources run through tsx, as the command did before it was compiled.
 *
 * Target (issue 11): the compiled `--help` within 3× the baseline. Each figure is the wall time of
 * a fresh process, spawn to exit, median of RUNS; runs are interleaved, and "× baseline" is the
 * median of each round's ratio to the baseline started in that round, with its quartiles.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { median, quantile } from '../statistics.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const RUNS = 5;
const RATIO_LIMIT = 3;
const BASELINE = 'node -e 0';
const COMPILED = 'node bin/portal1540.mjs --help';
const COMMANDS: Record<string, string[]> = {
  [BASELINE]: ['-e', '0'],
  [COMPILED]: ['bin/portal1540.mjs', '--help'],
  'node --import tsx cli/main.ts --help': ['--import', 'tsx', 'cli/main.ts', '--help'],
};

async function wallMs(args: string[]): Promise<number> {
  const started = performance.now();
  await run(process.execPath, args, { cwd: ROOT });
  return performance.now() - started;
}

export async function benchCliStart(): Promise<void> {
  // Once each, untimed: builds the CLI if it is stale, fills tsx's cache and the file cache.
  for (const args of Object.values(COMMANDS)) await wallMs(args);
  const samples = new Map(Object.keys(COMMANDS).map((name) => [name, [] as number[]]));
  for (let round = 0; round < RUNS; round++) {
    for (const [name, args] of Object.entries(COMMANDS)) samples.get(name)!.push(await wallMs(args));
  }
  const baseline = samples.get(BASELINE)!;
  console.log(`${RUNS} fresh-process starts per command, interleaved`);
  console.table(
    [...samples].map(([name, walls]) => {
      const ratios = walls.map((ms, round) => ms / baseline[round]!);
      return {
        command: name,
        'median ms': Math.round(median(walls)),
        '× baseline': Number(median(ratios).toFixed(2)),
        quartiles: `${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}`,
        target: name === BASELINE ? 'baseline' : name !== COMPILED ? 'reference' : median(ratios) < RATIO_LIMIT ? 'met' : 'MISSED',
      };
    }),
  );
}
