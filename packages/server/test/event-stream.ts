// Reading server-sent events over a real socket in tests.

export interface Followed {
  /** Resolves with everything received once the server has ended the stream. */
  ended: Promise<string>;
  isEnded(): boolean;
  until(pattern: RegExp): Promise<void>;
  cancel(): Promise<void>;
}

/** Reads an event stream in the background. */
export function follow(response: Response): Followed {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let received = '';
  let done = false;
  const ended = (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (chunk.done) break;
      received += decoder.decode(chunk.value);
    }
    done = true;
    return received;
  })();
  return {
    ended,
    isEnded: () => done,
    until: async (pattern) => {
      while (!pattern.test(received)) {
        if (done) throw new Error(`stream ended after: ${received}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    cancel: () => reader.cancel(),
  };
}

export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms),
    ),
  ]);
}
