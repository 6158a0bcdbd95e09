import { da, fill } from '@helhed/core';
import { BOLD, FONT } from './pdf-tagged.ts';

/**
 * Bar and line charts drawn with PDFKit's vector primitives for the PDF reports, and the Danish
 * alternative text that a screen reader reads instead of the drawing (every figure it shows).
 */

/** Bars per category, one bar per series. A string value ("<5", "x") draws no bar, only the label. */
export interface BarChart {
  title: string;
  categories: string[];
  series: { name: string; values: (number | string | null)[] }[];
}

/** Points over time per series; `breaks` mark where a definition changes (drawn as a dashed line). */
export interface LineChart {
  title: string;
  unit: string;
  series: { name: string; points: { x: number; y: number }[] }[];
  breaks?: { x: number; label: string }[];
}

// Colour-blind safe palette (Okabe–Ito), dark enough for text contrast on white.
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
const CHART_HEIGHT = 170;

const t = da.exportPdf;
const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** The height a chart needs on the page: plot, axis labels and legend. */
export function chartHeight(chart: BarChart | LineChart): number {
  return CHART_HEIGHT + 70 + 14 * Math.ceil(chart.series.length / 3);
}

export function barChartAlt(chart: BarChart): string {
  const values = chart.series.map((series) =>
    fill(t.chartSeries, {
      series: series.name,
      values: chart.categories
        .map((category, index) => {
          const value = series.values[index];
          const shown = typeof value === 'number' ? number.format(value) : (value ?? t.chartNoValue);
          return fill(t.chartValue, { label: category, value: shown });
        })
        .join(', '),
    }),
  );
  return fill(t.barChartAlt, { title: chart.title, values: values.join(' ') });
}

export function lineChartAlt(chart: LineChart): string {
  const values = chart.series.map((series) =>
    fill(t.chartSeries, {
      series: series.name,
      values: [...series.points]
        .sort((a, b) => a.x - b.x)
        .map((point) =>
          fill(t.chartValue, {
            label: String(point.x),
            value: `${number.format(point.y)} ${chart.unit}`.trim(),
          }),
        )
        .join(', '),
    }),
  );
  const breaks = (chart.breaks ?? []).map((mark) => fill(t.chartBreak, { label: mark.label }));
  return fill(t.lineChartAlt, { title: chart.title, values: [...values, ...breaks].join(' ') });
}

export function drawBarChart(doc: PDFKit.PDFDocument, chart: BarChart, left: number, width: number): void {
  doc.font(BOLD).fontSize(11).text(chart.title, left, doc.y, { width }).moveDown(0.3);
  const top = doc.y;
  const numbers = chart.series.flatMap((series) =>
    series.values.filter((value): value is number => typeof value === 'number'),
  );
  const max = niceMax(Math.max(1, ...numbers));
  const axisLeft = left + 35;
  const plotWidth = width - 35;
  drawValueAxis(doc, axisLeft, top, plotWidth, max, '');
  const groupWidth = plotWidth / Math.max(1, chart.categories.length);
  const barWidth = Math.max(2, (groupWidth * 0.8) / Math.max(1, chart.series.length));
  chart.categories.forEach((category, categoryIndex) => {
    const groupLeft = axisLeft + categoryIndex * groupWidth + groupWidth * 0.1;
    chart.series.forEach((series, seriesIndex) => {
      const value = series.values[categoryIndex];
      const x = groupLeft + seriesIndex * barWidth;
      if (typeof value === 'number') {
        const height = (value / max) * CHART_HEIGHT;
        doc
          .rect(x, top + CHART_HEIGHT - height, barWidth - 1, height)
          .fill(PALETTE[seriesIndex % PALETTE.length] ?? '#000');
      } else if (typeof value === 'string') {
        doc
          .fillColor('black')
          .font(FONT)
          .fontSize(6)
          .text(value, x, top + CHART_HEIGHT - 9, { width: barWidth, align: 'center', lineBreak: false });
      }
    });
    doc.fillColor('black').font(FONT).fontSize(6.5);
    doc.text(category, groupLeft, top + CHART_HEIGHT + 3, {
      width: groupWidth * 0.9,
      align: 'center',
      height: 26,
      ellipsis: true,
    });
  });
  drawLegend(
    doc,
    chart.series.map((series) => series.name),
    left,
    top + CHART_HEIGHT + 32,
    width,
  );
}

export function drawLineChart(doc: PDFKit.PDFDocument, chart: LineChart, left: number, width: number): void {
  doc.font(BOLD).fontSize(11).text(chart.title, left, doc.y, { width }).moveDown(0.3);
  const top = doc.y;
  const points = chart.series.flatMap((series) => series.points);
  const xs = [...points.map((point) => point.x), ...(chart.breaks ?? []).map((mark) => mark.x)];
  const minX = Math.min(...xs, Number.POSITIVE_INFINITY) || 0;
  const maxX = Math.max(...xs, minX + 1);
  const max = niceMax(Math.max(1, ...points.map((point) => point.y)));
  const axisLeft = left + 35;
  const plotWidth = width - 45;
  const toX = (x: number) => axisLeft + ((x - minX) / (maxX - minX || 1)) * plotWidth;
  const toY = (y: number) => top + CHART_HEIGHT - (y / max) * CHART_HEIGHT;
  drawValueAxis(doc, axisLeft, top, plotWidth, max, chart.unit);
  for (let year = Math.ceil(minX); year <= maxX; year += Math.max(1, Math.ceil((maxX - minX) / 8))) {
    doc
      .fillColor('black')
      .font(FONT)
      .fontSize(7)
      .text(String(year), toX(year) - 15, top + CHART_HEIGHT + 3, { width: 30, align: 'center' });
  }
  for (const mark of chart.breaks ?? []) {
    doc
      .moveTo(toX(mark.x), top)
      .lineTo(toX(mark.x), top + CHART_HEIGHT)
      .dash(3, { space: 3 })
      .strokeColor('#444')
      .stroke()
      .undash();
    doc
      .fillColor('black')
      .fontSize(6.5)
      .text(mark.label, toX(mark.x) + 2, top + 2, { width: 120 });
  }
  chart.series.forEach((series, index) => {
    const colour = PALETTE[index % PALETTE.length] ?? '#000';
    const sorted = [...series.points].sort((a, b) => a.x - b.x);
    sorted.forEach((point, pointIndex) => {
      if (pointIndex > 0) {
        const previous = sorted[pointIndex - 1] as { x: number; y: number };
        doc
          .moveTo(toX(previous.x), toY(previous.y))
          .lineTo(toX(point.x), toY(point.y))
          .lineWidth(1.5)
          .strokeColor(colour)
          .stroke();
      }
      doc.circle(toX(point.x), toY(point.y), 2.5).fill(colour);
      const label = number.format(point.y);
      doc
        .fillColor('black')
        .fontSize(6.5)
        .text(label, toX(point.x) - 20, toY(point.y) - 10, { width: 40, align: 'center' });
    });
  });
  doc.lineWidth(1);
  drawLegend(
    doc,
    chart.series.map((series) => series.name),
    left,
    top + CHART_HEIGHT + 16,
    width,
  );
}

function niceMax(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

function drawValueAxis(
  doc: PDFKit.PDFDocument,
  axisLeft: number,
  top: number,
  plotWidth: number,
  max: number,
  unit: string,
): void {
  for (let tick = 0; tick <= 4; tick++) {
    const value = (max / 4) * tick;
    const y = top + CHART_HEIGHT - (tick / 4) * CHART_HEIGHT;
    doc
      .moveTo(axisLeft, y)
      .lineTo(axisLeft + plotWidth, y)
      .lineWidth(0.3)
      .strokeColor('#ccc')
      .stroke();
    const label = `${number.format(value)}${unit ? ` ${unit}` : ''}`;
    doc
      .fillColor('black')
      .font(FONT)
      .fontSize(7)
      .text(label, axisLeft - 38, y - 4, { width: 35, align: 'right' });
  }
  doc.lineWidth(1);
}

function drawLegend(
  doc: PDFKit.PDFDocument,
  names: string[],
  left: number,
  top: number,
  width: number,
): void {
  const columnWidth = width / 3;
  names.forEach((name, index) => {
    const x = left + (index % 3) * columnWidth;
    const y = top + Math.floor(index / 3) * 14;
    doc.rect(x, y + 1, 8, 8).fill(PALETTE[index % PALETTE.length] ?? '#000');
    doc
      .fillColor('black')
      .font(FONT)
      .fontSize(8)
      .text(name, x + 12, y, { width: columnWidth - 14, lineBreak: false, ellipsis: true });
  });
  doc.x = left;
  doc.y = top + Math.ceil(names.length / 3) * 14 + 10;
}
