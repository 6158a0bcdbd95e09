import type { ReactNode } from 'react';

type AlertProps = {
  tone: 'error' | 'success' | 'info';
  children: ReactNode;
  id?: string;
};

/** A message box. Errors are announced at once (role="alert"); other tones politely (role="status"). */
export function Alert({ tone, children, id }: AlertProps) {
  return (
    <div id={id} className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
