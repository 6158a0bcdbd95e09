import type { ReactNode } from 'react';

/** A horizontally scrollable table region that keyboard users can reach and scroll (WCAG 2.1.1). */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

type CaptionedTableProps = {
  /** The table's caption, which also names its scrollable region. */
  caption: string;
  /** The column headers, left to right. */
  headers: ReadonlyArray<ReactNode>;
  className?: string;
  testId?: string;
  /** The rows of a tfoot (for example a total). */
  footer?: ReactNode;
  /** The rows of the tbody. */
  children: ReactNode;
};

/** A plain table with its caption and column headers in a scrollable region. */
export function CaptionedTable({
  caption,
  headers,
  className = 'table',
  testId,
  footer,
  children,
}: CaptionedTableProps) {
  return (
    <TableWrap label={caption}>
      <table className={className} data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position.
              <th key={index} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </TableWrap>
  );
}
