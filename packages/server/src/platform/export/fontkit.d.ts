// fontkit (PDFKit's font parser) ships no type declarations; Helhed uses one function of it.
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): { layout(text: string): unknown };
}
