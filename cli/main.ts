/**
 * `portal1540` — the command line of the 1540 reporting pipeline.
 * Every command prints its result on stdout; a mistake or a failure is one line on stderr.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import type { Command, CliIo } from './io.js';
import { AdminApiError, NoPortalError, UsageError } from './io.js';

const HELP = `portal1540 — 1540 Committee reporting pipeline

Usage: npm run cli -- <command> [options]      (or: npx portal1540 <command>)

Commands:
  extract FILE [--state ISO3] [--type REPORT_TYPE]
      Read one report and print what the pipeline extracts, as JSON (nothing is stored).
      Exit 0 with the JSON; exit 2 with "rejected: <code>: <reason>" when the file is refused.
  upload --state ISO3 [--type REPORT_TYPE] [--no-wait] [--json] FILE
      Upload a file into the state's place (with an upload grant) and wait until it is recorded.
  upload --committee [--no-wait] [--json] FILE
      Upload a Committee document (secretariat): the deadlines it names are proposed for confirmation.
  submissions --state ISO3 [--json]
      A state's submissions, newest first.
  states [--status not-reported|overdue|reported] [--json]
      The 193 member states, their reporting status, last submission and open deadlines.
  state ISO3 [--json]
      One state's file: profile, contact points, latest submissions, confirmed matrix and what awaits review, deadlines.
  coverage [--json]
      Per matrix element, how many states have a measure, only a gap, or nothing.
  contacts (--state ISO3 | --organization ID) [--json]
      The points of contact of a state or an organization, with their status.
  contacts --add (--state ISO3 | --organization ID) --name N --email E [--language L] [--role R]
  contacts --remove (--state ISO3 | --organization ID) --email E
      Designate a point of contact (it becomes active), or remove one (kept as removed).
  deadlines [--status active|proposed|retired] [--json]
      The deadlines with a status, by due date, and who must act on each.
  deadlines --confirm ID [--concerns states|organizations|committee|secretariat] [--title T]
      Confirm a proposed deadline (from a Committee document), correcting who must act and its
      title: the planner starts reminding the states or organizations, or lists it in the digest.
  review [--state ISO3 | --committee] [--kind contact|matrix|deadline] [--status S] [--json]
      What extraction proposes, waiting for a decision; nothing proposed mails or counts.
  review --accept ID [ID…] | --accept-all --submission ID [--min-confidence X] | --reject ID [ID…]
         | --correct ID --set field=value [--set …]   [--reason TEXT] [--json]
      Decide proposals: accepting a matrix entry makes it the Committee's, a contact designates
      it, a deadline confirms it (as deadlines --confirm). With a state's token: its own only.
  review --stats [--json]
      How often the extractor's proposals were accepted, corrected or rejected, per element and field.
  export [--scope public|committee] [--out FILE]
      The matrix as CSV; \`public\` (default) respects each state's publication consent.
  events [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
      The outreach calendar's events (default: from today, twelve months ahead).
  events --add | --update ID  --title T --start DAY|TIME [--end DAY|TIME] --city C --country C
         --organizer O --region R --kind K [--public] [--public-note T] [--internal-note T]
  events --cancel ID
      Enter or replace an event (region: african, asia_pacific, eastern_european,
      latin_american_caribbean, western_european_others, global; kind: workshop, conference, seminar,
      country_visit, briefing, training, meeting, side_event, other), or cancel one (it stays, marked
      cancelled, so subscribed calendars remove it).
  quarantine [--json]
      Refused uploads of every state, newest first: the reason, and where the file is kept.
  remind [--as-of YYYY-MM-DD] [--dry-run] [--json]
      Run the reminder planner as of a day (default: today); --dry-run lists who would be e-mailed,
      and why, and the secretariat's digest of the Committee's and the Secretariat's tasks.
  outbox [--json]
      Every e-mail the local portal's SES received (local portal only).

The commands other than extract and remind go through the admin API: the local portal's, started by
\`npm start\` (found through PORTAL_HOME, default .portal/; the secretariat token it printed is used
unless PORTAL_API_TOKEN names another), or a deployed one named by PORTAL_API_URL with an access
token in PORTAL_API_TOKEN. With a state user's token, upload and submissions act for that state only.
remind runs the planner against the local portal, or the deployment named by TABLE_NAME (AWS
credentials; MAIL_QUEUE_URL to queue reminders, SECRETARIAT_ADDRESS for the daily digest).
`;

const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./extractCommand.js')).runExtractCommand,
  upload: async () => (await import('./uploadCommand.js')).runUploadCommand,
  submissions: async () => (await import('./submissionsCommand.js')).runSubmissionsCommand,
  states: async () => (await import('./statesCommand.js')).runStatesCommand,
  state: async () => (await import('./stateCommand.js')).runStateCommand,
  coverage: async () => (await import('./coverageCommand.js')).runCoverageCommand,
  contacts: async () => (await import('./contactsCommand.js')).runContactsCommand,
  deadlines: async () => (await import('./deadlinesCommand.js')).runDeadlinesCommand,
  review: async () => (await import('./reviewCommand.js')).runReviewCommand,
  export: async () => (await import('./exportCommand.js')).runExportCommand,
  quarantine: async () => (await import('./quarantineCommand.js')).runQuarantineCommand,
  events: async () => (await import('./eventsCommand.js')).runEventsCommand,
  remind: async () => (await import('./remindCommand.js')).runRemindCommand,
  outbox: async () => (await import('./outboxCommand.js')).runOutboxCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`unknown command "${name}"; run with --help to see the commands\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP);
    return 0;
  }
  try {
    return await (await load())(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof NoPortalError || error instanceof AdminApiError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${error.message}; run with --help to see the options\n`);
      return 2;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** Runs a command on this process's stdout and stderr, and sets its exit code. */
export function runCommandLine(argv: string[]): Promise<void> {
  const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
  return runCli(argv, io).then(
    (code) => void (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

// `bin/portal1540.mjs` runs the compiled CLI (see `cli/build.mjs`); `node --import tsx cli/main.ts` runs the sources.
const isEntryPoint = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntryPoint) void runCommandLine(process.argv.slice(2));
