/**
 * The extractor as ingest loads it: bundled on its own (`extraction.mjs` beside the handler's
 * `index.mjs`, see `lazyModules` in the CDK function construct) and imported by the first upload a
 * process extracts. The PDF, DOCX and XLSX readers are most of ingest's code: the first extraction
 * after a cold start compiles them (`npm run bench -- bundles`, row "ingest + lazy modules"), and
 * records refused before extraction (a wrong place, a file too large, S3's test event) never do.
 *
 * A refusal comes back as a value, not as a thrown RejectedInputError: this bundle's class is not
 * the handler's, so `instanceof` on the other side would not recognise it.
 */
import { RejectedInputError, type Extraction, type ExtractionRequest, type RejectionCode } from '#shared/extraction/contract.js';
import { extractDocument } from '#shared/extraction/extractDocument.js';

export type ExtractionOutcome = { extraction: Extraction } | { refused: { code: RejectionCode; message: string } };

export async function extractUpload(request: ExtractionRequest): Promise<ExtractionOutcome> {
  try {
    return { extraction: await extractDocument(request) };
  } catch (error) {
    if (error instanceof RejectedInputError) return { refused: { code: error.code, message: error.message } };
    throw error;
  }
}
