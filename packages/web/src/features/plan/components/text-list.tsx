import { da } from '@helhed/core';

/** A plain list of texts, or "Ikke angivet" when the list is empty. */
export function TextList({ items }: { items: ReadonlyArray<string> }) {
  if (items.length === 0) return <p>{da.web.empty}</p>;
  return (
    <ul>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: texts may repeat; the list is static.
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
