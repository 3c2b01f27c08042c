/**
 * `node:worker_threads` for the bundle the reading process's startup snapshot is built from (see
 * `build.mjs`), required when first used rather than when the bundle loads. Node 20 cannot start a
 * worker thread from a process restored from a snapshot whose build loaded `worker_threads`: the
 * counter it shares with its workers (for `process.cwd()`) is not carried in the snapshot, and the
 * page-reading thread fails as it starts. Loaded after the restore, the module makes it anew.
 */
let loaded;
// Without the `node:` prefix, which the bundle's alias maps to this file.
const workerThreads = () => (loaded ??= require('worker_threads'));

module.exports = {
  get isMainThread() {
    return workerThreads().isMainThread;
  },
  get parentPort() {
    return workerThreads().parentPort;
  },
  get Worker() {
    return workerThreads().Worker;
  },
};
