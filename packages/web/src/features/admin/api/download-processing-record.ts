/** The record of processing as a PDF, fetched by the browser as a download link. */
export const PROCESSING_RECORD_PDF_URL = '/api/v1/processing-record.pdf';
