import { describe, expect, it } from 'vitest';
import { loadPdfKit } from '../src/platform/export/libraries.ts';
import { createTaggedPdf } from '../src/platform/export/pdf-tagged.ts';
import { expectAccessiblePdf } from './pdf-check.ts';

/** A one-heading PDF made with PDFKit directly, as Helhed made them before decision 0028. */
async function plainPdf(options: { tagged: boolean }): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ info: { Title: 'Prøve' }, lang: 'da-DK', tagged: options.tagged });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  if (options.tagged) doc.addStructure(doc.struct('H1', {}, () => doc.font('Helvetica').text('Prøve')));
  else doc.font('Helvetica').text('Prøve');
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

describe('the accessibility checks of a PDF (pdf-check.ts) can fail', () => {
  it('fails an untagged PDF', async () => {
    const pdf = await plainPdf({ tagged: false });
    expect(() => expectAccessiblePdf(pdf, 'Prøve', [])).toThrow(/Tagged/);
  });

  it('fails a tagged PDF in the standard Helvetica, which is not embedded', async () => {
    const pdf = await plainPdf({ tagged: true });
    expect(() => expectAccessiblePdf(pdf, 'Prøve', ['H1 Prøve'])).toThrow(/Helvetica embedded/);
  });

  it('fails a wrong title, a missing element and the right elements in the wrong order', async () => {
    const pdf = await createTaggedPdf({ title: 'Prøve', margin: 50 });
    pdf.block('H1', () => pdf.doc.text('Overskrift'));
    pdf.block('P', () => pdf.doc.text('Afsnit'));
    const buffer = await pdf.finish();
    expect(() => expectAccessiblePdf(buffer, 'Prøve', ['H1 Overskrift', 'P Afsnit'])).not.toThrow();
    expect(() => expectAccessiblePdf(buffer, 'Andet', [])).toThrow();
    expect(() => expectAccessiblePdf(buffer, 'Prøve', ['H2 Overskrift'])).toThrow(/reading order/);
    expect(() => expectAccessiblePdf(buffer, 'Prøve', ['P Afsnit', 'H1 Overskrift'])).toThrow(
      /reading order/,
    );
  });

  it('fails with a clear message when poppler-utils is missing', async () => {
    const pdf = await plainPdf({ tagged: true });
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => expectAccessiblePdf(pdf, 'Prøve', [])).toThrow(/pdfinfo was not found.*poppler-utils/);
    } finally {
      process.env.PATH = path;
    }
  });
});
