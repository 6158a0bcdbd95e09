import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadFontkit, loadPdfKit } from './libraries.ts';

/**
 * The one way Helhed starts a PDF: tagged (a structure tree in reading order, marked content,
 * document language da-DK, the title shown instead of the file name, PDF/UA identification) and
 * written in DejaVu Sans, a free font that covers Danish, embedded as a subset. The TTFs come from
 * the npm package dejavu-fonts-ttf, resolved from this module (or the compiled bundle's chunk) to
 * node_modules, so no system font is needed at run time.
 */
export const FONT = 'DejaVuSans';
export const BOLD = 'DejaVuSans-Bold';

// Not named `require`: the compiled bundle's banner declares one in every chunk.
const resolveFont = createRequire(import.meta.url).resolve;
const FONT_FILES = {
  [FONT]: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  [BOLD]: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

type ParsedFont = ReturnType<typeof import('fontkit')['create']>;
let parsedFonts: Promise<[string, ParsedFont][]> | undefined;

/**
 * The fonts, read and parsed once per process: parsing a TTF again for every document was about a
 * fifth of a short PDF's time (issue 18). PDFKit takes a parsed font (anything with `layout`) and
 * makes each document's own subset from it. A failed load is not kept: the next PDF tries again.
 */
function loadFonts(): Promise<[string, ParsedFont][]> {
  parsedFonts ??= (async () => {
    const { create } = await loadFontkit();
    return Promise.all(
      Object.entries(FONT_FILES).map(
        async ([name, file]) => [name, create(await readFile(resolveFont(file)))] as [string, ParsedFont],
      ),
    );
  })().catch((error: unknown) => {
    parsedFonts = undefined;
    throw error;
  });
  return parsedFonts;
}

/** Structure types Helhed uses; the standard ones of PDF 1.7 (ISO 32000-1, 14.8.4). */
export type StructType = 'H1' | 'H2' | 'H3' | 'P' | 'Caption' | 'Figure' | 'Table' | 'TR' | 'TH' | 'TD';

/** PDFKit also takes `scope` (the Table attribute of a TH); its type declarations leave it out. */
export type ElementOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Column' | 'Row' };

export interface TaggedPdf {
  doc: PDFKit.PDFDocument;
  /** Adds a structure element under `parent` (default: the document) whose content is what `draw` draws. */
  block(type: StructType, draw: () => void, options?: ElementOptions): void;
  /** Adds an element without content of its own (Table, TR) and returns it for its children. */
  group(type: StructType, parent?: PDFKit.PDFStructureElement): PDFKit.PDFStructureElement;
  /** Adds a leaf element under `parent` whose content is what `draw` draws. */
  leaf(
    parent: PDFKit.PDFStructureElement,
    type: StructType,
    draw: () => void,
    options?: ElementOptions,
  ): void;
  /** Draws what a reader skips: rules, page numbers. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void;
  finish(): Promise<Buffer>;
}

export interface TaggedPdfOptions {
  title: string;
  subject?: string;
  margin: number;
  bufferPages?: boolean;
}

export async function createTaggedPdf(options: TaggedPdfOptions): Promise<TaggedPdf> {
  const [PDFDocument, fonts] = await Promise.all([loadPdfKit(), loadFonts()]);
  // PDFKit takes subset 'PDF/UA' (it writes the pdfuaid mark); its type declarations know only PDF/A.
  const documentOptions = {
    size: 'A4',
    margin: options.margin,
    bufferPages: options.bufferPages ?? false,
    info: { Title: options.title, Author: 'Helhed', Subject: options.subject ?? options.title },
    lang: 'da-DK',
    displayTitle: true,
    tagged: true,
    subset: 'PDF/UA',
    pdfVersion: '1.7',
  } as const;
  const doc = new PDFDocument(documentOptions as unknown as PDFKit.PDFDocumentOptions);
  for (const [name, font] of fonts) doc.registerFont(name, font as unknown as string);
  doc.font(FONT);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);

  const leaf: TaggedPdf['leaf'] = (parent, type, draw, elementOptions) => {
    parent.add(doc.struct(type, elementOptions ?? {}, draw));
  };
  return {
    doc,
    block: (type, draw, elementOptions) => leaf(root, type, draw, elementOptions),
    group(type, parent = root) {
      const element = doc.struct(type);
      parent.add(element);
      return element;
    },
    leaf,
    artifact(draw, type = 'Layout') {
      doc.markContent('Artifact', { type });
      draw();
      doc.endMarkedContent();
    },
    async finish() {
      root.end();
      doc.end();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}
