import { describe, expect, it } from 'vitest';
import { chartInk, SERIES_COLOURS, SERIES_DASHES, seriesColour, seriesDash } from './palette.ts';

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('chart palette', () => {
  it('gives every series colour at least 3:1 against the chart surface (WCAG 1.4.11)', () => {
    for (const colour of SERIES_COLOURS) expect(contrast(colour, chartInk.surface)).toBeGreaterThanOrEqual(3);
  });

  it('gives axis lines 3:1 and axis text 4.5:1 against the surface', () => {
    expect(contrast(chartInk.axis, chartInk.surface)).toBeGreaterThanOrEqual(3);
    expect(contrast(chartInk.text, chartInk.surface)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each series its own colour and dash pattern, and starts again after the last', () => {
    expect(new Set(SERIES_COLOURS).size).toBe(SERIES_COLOURS.length);
    expect(new Set(SERIES_DASHES).size).toBe(SERIES_DASHES.length);
    expect(seriesColour(SERIES_COLOURS.length)).toBe(seriesColour(0));
    expect(seriesDash(SERIES_DASHES.length + 1)).toBe(seriesDash(1));
  });
});
