import { da } from '@helhed/core';

export type UploadPhase = { phase: 'uploading'; loaded: number; total: number } | { phase: 'processing' };

/**
 * How far an upload has come, read out politely: a bar with the share sent, then an indeterminate
 * bar while the server reads the file. Renders the live region even when idle, so it is announced.
 */
export function UploadStatus({ state }: { state: UploadPhase | { phase: string } }) {
  return (
    <div className="import-status" aria-live="polite">
      {state.phase === 'uploading' && 'loaded' in state ? (
        <div className="field">
          <label className="field__label" htmlFor="import-progress">
            {da.planUi.uploadProgress}
          </label>
          <progress id="import-progress" max={state.total || 1} value={state.loaded}>
            {Math.round((state.loaded / (state.total || 1)) * 100)} %
          </progress>
        </div>
      ) : null}
      {state.phase === 'processing' ? (
        <div className="field">
          <label className="field__label" htmlFor="import-progress">
            {da.planUi.processing}
          </label>
          {/* No value: an indeterminate bar while the server checks and saves the file. */}
          <progress id="import-progress" />
        </div>
      ) : null}
    </div>
  );
}
