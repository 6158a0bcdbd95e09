import { da } from '@helhed/core';
import { useEffect, useRef } from 'react';

const ui = da.secondFactor.ui;

/** The ten recovery codes, shown once; focus moves to the heading so a screen reader reads them next. */
export function RecoveryCodesList({ codes }: { codes: readonly string[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title" ref={heading} tabIndex={-1}>
        {ui.recoveryTitle}
      </h3>
      <p>{ui.recoveryIntro}</p>
      <ul className="recovery-codes" aria-label={ui.recoveryTitle}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
