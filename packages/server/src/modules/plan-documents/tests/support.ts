import type { LightMyRequestResponse } from 'fastify';
import { as, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { createPdfReport } from '../../../platform/export/index.ts';

export { addMember, call } from '../../../../test/registration-setup.ts';

/** A small tagged PDF such as a board would upload (it passes the PDF checks like Helhed's own). */
export async function samplePdf(
  title: string,
  text = 'Bestyrelsen mødes fire gange om året.',
): Promise<Buffer> {
  const pdf = await createPdfReport({ title, subtitle: 'Testplan' }, title);
  pdf.heading(title).paragraph(text);
  return pdf.finish();
}

/** Uploads a file as the raw body, as the web app does (the browser's Content-Type, the file's name). */
export function upload(
  t: TestApp,
  session: Session,
  url: string,
  body: Buffer,
  contentType = 'application/pdf',
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...as(session, 'POST'), 'content-type': contentType },
    payload: body,
  });
}
