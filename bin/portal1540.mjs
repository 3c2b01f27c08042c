#!/usr/bin/env node
// The package's command: the CLI compiled to JavaScript in dist/cli/ (built by `npm ci`, and built
// again here first when a source changed since; see cli/build.mjs), wherever it is called from.
import { freshCliBuild } from '../cli/build.mjs';

let cli;
try {
  cli = await import(await freshCliBuild());
} catch (error) {
  process.stderr.write(`error: cannot start the CLI: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
await cli.runCommandLine(process.argv.slice(2));
