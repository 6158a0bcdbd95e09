import type { Locator, Page } from 'playwright-core';

/** The text of every cell in a table, as rows of trimmed strings (header row first). */
export async function tableCells(page: Page, tableName: string | RegExp): Promise<string[][]> {
  const table = page.getByRole('table', { name: tableName, exact: typeof tableName === 'string' });
  await table.waitFor();
  return cellsOf(table);
}

export function cellsOf(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    Array.from(element.querySelectorAll('tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) =>
        (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    ),
  );
}

/** The cell in the row whose first cell starts with `rowStart`, under the column headed `column`. */
export function cellAt(cells: string[][], rowStart: string, column: string): string | undefined {
  const header = cells[0] ?? [];
  const index = header.indexOf(column);
  const row = cells.find((candidate) => candidate[0]?.startsWith(rowStart));
  return index < 0 || !row ? undefined : row[index];
}
