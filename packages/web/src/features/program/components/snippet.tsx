/** A search snippet whose matched words the server wrapped in ‹‹ and ››, shown with <mark>. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(‹‹[^›]*››)/);
  return (
    <p className="search-hit__snippet">
      {parts.map((part, index) =>
        part.startsWith('‹‹') ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string never reorder
          <mark key={index}>{part.slice(2, -2)}</mark>
        ) : (
          part
        ),
      )}
    </p>
  );
}
