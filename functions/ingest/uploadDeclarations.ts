/**
 * What an upload's metadata declares (the upload grant bound each field into its POST policy),
 * as far as the place the object was put in allows it.
 */
import * as z from 'zod';
import { ReportType } from '#shared/extraction/contract.js';
import { REPORT_TYPE_METADATA, UPLOADER_EMAIL_METADATA, type UploadLocation } from '#shared/portal/uploadLocation.js';

const Address = z.email().max(254);

export interface UploadDeclarations {
  declaredReportType?: ReportType;
  uploaderEmail?: string;
}

export function uploadDeclarations(location: Exclude<UploadLocation, { kind: 'invalid' }>, metadata: Record<string, string>): UploadDeclarations {
  const declared = ReportType.safeParse(metadata[REPORT_TYPE_METADATA]);
  const uploader = Address.safeParse(metadata[UPLOADER_EMAIL_METADATA]);
  // Committee documents come from the secretariat's place only: a state's place never declares one.
  const reportType = location.kind === 'committee' ? 'committee_document' : declared.success && declared.data !== 'committee_document' ? declared.data : undefined;
  return {
    ...(reportType && { declaredReportType: reportType }),
    ...(uploader.success && { uploaderEmail: uploader.data }),
  };
}
