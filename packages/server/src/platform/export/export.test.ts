import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
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
    const report = await createPdfReport(
      { title: 'Bestyrelsesrapport 2025', subtitle: 'Boligsocialt Hus – Odense' },
      'Helhed',
    );
    const pdf = await report
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
    const text = pdfText(pdf);
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

  it('makes ASCII download names', () => {
    expect(attachmentHeader('Leverancemåling 2025-Q1 Højme', 'pdf')).toBe(
      'attachment; filename="Leverancemaaling-2025-Q1-Hoejme.pdf"',
    );
  });
});
