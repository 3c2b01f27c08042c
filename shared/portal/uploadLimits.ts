/**
 * The largest upload the portal takes by default: the upload grant's bound, the ingest step's
 * check, the extractor's own bound, and the deployment setting `maxUploadBytes` all start here.
 * Reports are a few MB; 25 MB leaves room for scanned annexes with a text layer.
 */
export const DEFAULT_MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
