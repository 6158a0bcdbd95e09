import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectAccessiblePdf } from '../../../test/pdf-check.ts';
import { pdfText } from '../../../test/pdf-text.ts';
import { attachmentHeader, createPdfReport, type Sheet, toCsv, toXlsx } from './index.ts';

const sheet: Sheet = {
  name: 'Leverancemåling',
  columns: [
    { key: 'activity', label: 'Aktivitet' },
    { key: 'participants', label: 'Deltagere', numeric: true },
    { key: 'share', label: 'Andel', numeric: true },
  ],
  rows: [
    { activity: 'Lektiecafé; Vollsmose', participants: 1234, share: 12.5 },
    { activity: '=HYPERLINK("x")', participants: '<5', share: null },
  ],
  note: '<5: mellem 1 og 4 personer',
};

async function samplePdf(): Promise<Buffer> {
  const report = await createPdfReport(
    { title: 'Bestyrelsesrapport 2025', subtitle: 'Boligsocialt Hus – Odense' },
    'Helhed',
  );
  return report
    .heading('Børn og unge')
    .table(sheet)
    .barChart({
      title: 'Deltagere pr. aktivitet',
      categories: ['Lektiecafé'],
      series: [{ name: '2025-Q1', values: ['<5'] }],
    })
    .lineChart({
      title: 'Andel',
      unit: '%',
      series: [
        {
          name: 'Vollsmose',
          points: [
            { x: 2012, y: 67.5 },
            { x: 2023, y: 77.4 },
          ],
        },
      ],
      breaks: [{ x: 2018, label: 'Ny definition' }],
    })
    .finish();
}

describe('export formats', () => {
  it('writes Danish CSV: BOM, semicolons, decimal comma, quoting and no formula injection', () => {
    const csv = toCsv([sheet]);
    expect(csv.startsWith('\uFEFFLeverancemåling\r\nAktivitet;Deltagere;Andel\r\n')).toBe(true);
    expect(csv).toContain('"Lektiecafé; Vollsmose";1234;12,5');
    expect(csv).toContain(`"'=HYPERLINK(""x"")";<5;`);
  });

  it('writes one XLSX worksheet per sheet with the same cells', async () => {
    const buffer = await toXlsx([sheet, { ...sheet, name: 'Leverancemåling' }], { title: 'Test' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      'Leverancemåling',
      'Leverancemåling (2)',
    ]);
    const first = workbook.worksheets[0];
    expect(first?.getRow(1).values).toEqual([undefined, 'Aktivitet', 'Deltagere', 'Andel']);
    expect(first?.getRow(2).getCell(2).value).toBe(1234);
    expect(first?.getRow(3).getCell(2).value).toBe('<5');
  });

  it('writes a PDF whose text holds the title, the cells and the chart labels, with page numbers', async () => {
    const text = pdfText(await samplePdf());
    for (const expected of [
      'Bestyrelsesrapport 2025',
      'Boligsocialt Hus – Odense',
      'Børn og unge',
      'Lektiecafé; Vollsmose',
      '1.234',
      '12,5',
      '<5',
      'Ny definition',
      '77,4',
      'side 1 af 2',
      'side 2 af 2',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("tags the PDF: headings, table header cells and the charts' alternative text in reading order", async () => {
    const pdf = await samplePdf();
    const order = expectAccessiblePdf(pdf, 'Bestyrelsesrapport 2025', [
      'H1 Bestyrelsesrapport 2025',
      'P Boligsocialt Hus – Odense',
      'H2 Børn og unge',
      'Caption Leverancemåling',
      'TH Aktivitet',
      'TH Deltagere',
      'TH Andel',
      'TD Lektiecafé; Vollsmose',
      'TD 1.234',
      'TD 12,5',
      'P <5: mellem 1 og 4 personer',
      'Figure Søjlediagram: Deltagere pr. aktivitet. 2025-Q1: Lektiecafé <5.',
      'Figure Kurvediagram: Andel. Vollsmose: 2012 67,5 %, 2023 77,4 %. Brud i serien: Ny definition.',
    ]);
    // Page numbers are artifacts, and what a chart draws is read as its alternative text only.
    expect(order.join('\n')).not.toContain('side 1 af 2');
    expect(order.filter((entry) => entry.startsWith('Figure'))).toHaveLength(2);
  });

  it('makes ASCII download names', () => {
    expect(attachmentHeader('Leverancemåling 2025-Q1 Højme', 'pdf')).toBe(
      'attachment; filename="Leverancemaaling-2025-Q1-Hoejme.pdf"',
    );
  });
});
