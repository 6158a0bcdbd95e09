/** The plan documents' address and query keys; an upload refetches the whole ['plan-documents'] tree. */
export const DOCUMENTS_PATH = '/api/v1/documents';
export const LBF_SET_PATH = '/api/v1/lbf-set';

export const documentKeys = {
  all: ['plan-documents'] as const,
  list: ['plan-documents', 'list'] as const,
  lbfSet: ['plan-documents', 'lbf-set'] as const,
};

/** What the server accepts; the web checks the size before sending, the server checks the bytes. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
