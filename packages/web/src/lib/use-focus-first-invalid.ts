import { type RefObject, useEffect } from 'react';

/**
 * After a failed submit, moves focus to the first invalid control (or the form's error summary),
 * so keyboard and screen-reader users land on the problem. `attempt` changes on every failed submit.
 */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>, attempt: number): void {
  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-error-summary]');
    target?.focus();
  }, [formRef, attempt]);
}
