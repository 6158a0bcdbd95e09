/**
 * The URL with another database name (and user). String surgery, not `new URL`: the embedded
 * server's URL has no host part (`postgresql://postgres@/helhed?host=/socket/dir`), which WHATWG URL
 * rejects.
 */
export function withDatabase(url: string, database: string, user?: string): string {
  const match = /^(postgres(?:ql)?:\/\/)([^@/?]*@)?([^/?]*)(\/[^?]*)?(\?.*)?$/.exec(url);
  if (!match) throw new Error(`unexpected database URL: ${url}`);
  const userPart = user === undefined ? (match[2] ?? '') : `${encodeURIComponent(user)}@`;
  return `${match[1]}${userPart}${match[3]}/${database}${match[5] ?? ''}`;
}
