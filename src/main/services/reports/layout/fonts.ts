import PDFDocument from 'pdfkit';
import type { FontWeight } from './theme';

/*
 * The embedded Unicode font of every document: DejaVu Sans (npm package `dejavu-fonts-ttf`), which
 * covers Dutch, French and English accents (ë, é, ç, ö), typographic quotes, ≤ / ≥ and €. PDFKit
 * embeds only the glyphs a document uses.
 *
 * Speed. Left to itself PDFKit opens a font anew in every document: it reads the file, fontkit
 * parses it and decodes its tables (character map, metrics, GSUB/GPOS) again as text is laid out,
 * and every word is shaped again. That was about two thirds of the time of a consultation record.
 * So each font is parsed once per process and `installFonts` puts it in every new document,
 * together with a cache of shaped words shared by all documents. PDFKit 0.17 (pinned in
 * package.json) has no public way to pass a parsed font: this module alone relies on its font table
 * (`_fontFamilies`, `_fontCount`, the EmbeddedFont class and its `layoutCache`), and
 * test/integration/documents/fonts.test.ts checks that the fonts are shared and still embedded.
 */

export interface FontFiles {
  regular: string;
  bold: string;
  italic: string;
}

/** The npm package that ships the TrueType files (resolved at run time, not bundled). */
const FONT_PACKAGE = 'dejavu-fonts-ttf';

const WEIGHTS: readonly FontWeight[] = ['regular', 'bold', 'italic'];

/** Shaped words kept per font; beyond this the cache starts afresh (a document needs ~1,000). */
const MAX_CACHED_WORDS = 20_000;

let resolved: FontFiles | null = null;

function fontFile(name: string): string {
  return require.resolve(`${FONT_PACKAGE}/ttf/${name}`);
}

/** Absolute paths of the TrueType files, resolved once through the package. */
export function fontFiles(): FontFiles {
  resolved ??= {
    regular: fontFile('DejaVuSans.ttf'),
    bold: fontFile('DejaVuSans-Bold.ttf'),
    italic: fontFile('DejaVuSans-Oblique.ttf'),
  };
  return resolved;
}

/** What this module uses of PDFKit's EmbeddedFont (a fontkit font and its shaped-word cache). */
interface EmbeddedFont {
  font: object;
  layoutCache?: Record<string, unknown>;
}
type EmbeddedFontClass = new (document: PDFKit.PDFDocument, font: object, id: string) => EmbeddedFont;

/** PDFKit's per-document font table (FontsMixin). */
interface FontTable {
  _fontFamilies: Record<string, EmbeddedFont | undefined>;
  _fontCount: number;
}

interface ParsedFont {
  file: string;
  font: object;
  layoutCache: Record<string, unknown>;
}

interface ParsedFonts {
  EmbeddedFont: EmbeddedFontClass;
  fonts: ParsedFont[];
  documents: number;
}

let parsed: ParsedFonts | null = null;

function fontTable(document: PDFKit.PDFDocument): FontTable {
  return document as unknown as FontTable;
}

/** Opens the three fonts once in a scratch document and keeps fontkit's parsed fonts. */
function parseFonts(): ParsedFonts {
  const files = fontFiles();
  const scratch = new PDFDocument({ font: files.regular });
  const table = fontTable(scratch);
  const fonts = WEIGHTS.map((weight) => {
    scratch.font(files[weight]);
    const opened = table._fontFamilies[files[weight]];
    if (opened === undefined) throw new Error(`PDFKit did not open ${files[weight]}`);
    return { file: files[weight], font: opened.font, layoutCache: Object.create(null) as Record<string, unknown> };
  });
  const regular = table._fontFamilies[files.regular];
  if (regular === undefined) throw new Error(`PDFKit did not open ${files.regular}`);
  return { EmbeddedFont: regular.constructor as EmbeddedFontClass, fonts, documents: 0 };
}

/**
 * Options for a new PDFDocument whose fonts `installFonts` provides: PDFKit then opens no default
 * font of its own (its `initFonts` skips a null font; its type definitions only allow a name).
 */
export const NO_DEFAULT_FONT = { font: null as unknown as string };

/**
 * Makes the document use the process's parsed fonts: afterwards `document.font(fontFiles().bold)`
 * selects the shared bold font. Call it right after creating the document, before any text.
 */
export function installFonts(document: PDFKit.PDFDocument): void {
  parsed ??= parseFonts();
  parsed.documents += 1;
  const table = fontTable(document);
  for (const shared of parsed.fonts) {
    if (parsed.documents % 64 === 0 && Object.keys(shared.layoutCache).length > MAX_CACHED_WORDS) {
      shared.layoutCache = Object.create(null) as Record<string, unknown>;
    }
    table._fontCount += 1;
    const font = new parsed.EmbeddedFont(document, shared.font, `F${table._fontCount}`);
    font.layoutCache = shared.layoutCache;
    table._fontFamilies[shared.file] = font;
  }
  document.font(fontFiles().regular);
}
