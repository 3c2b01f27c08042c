/**
 * The extractor as ingest loads it: bundled on its own (`extraction.mjs` beside the handler's
 * `index.mjs`, see `lazyModules` in the CDK function construct) and imported on the first upload a
 * process reads. The PDF, DOCX and XLSX readers are most of ingest's code; compiling them at start
 * made every cold start pay for them, uploads that never need them included.
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
