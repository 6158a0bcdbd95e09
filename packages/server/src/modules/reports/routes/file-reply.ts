import type { FastifyReply } from 'fastify';
import { attachmentHeader, EXPORT_FORMATS, type ExportFormat } from '../../../platform/export/index.ts';

/** A download goes out as a file with its name, not through the route's JSON schema. */
export function sendFile(reply: FastifyReply, name: string, format: ExportFormat, content: Buffer | string) {
  return reply
    .header('content-type', EXPORT_FORMATS[format].contentType)
    .header('content-disposition', attachmentHeader(name, format))
    .send(content);
}
