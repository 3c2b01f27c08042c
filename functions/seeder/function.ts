/** The seeder, run by the deployment: the reference data a deployment cannot work without. */
import { TableEnvironment } from '#shared/config/environment.js';
import { describeFunction } from '#shared/lambda/functionDescription.js';

export const seederFunction = describeFunction({
  name: 'seeder',
  summary: 'At deployment: creates the member state profiles, organizations and standing deadlines that are missing, and backfills newer indexes once',
  environment: TableEnvironment,
  // Two counting queries and two backfill markers read, then (first deployment only) 193 + a few conditional puts
  // and the one-off backfills' 193 filtered queries.
  memoryMb: 256,
  timeoutSeconds: 120,
  invokedBy: { kind: 'deployment' },
});
