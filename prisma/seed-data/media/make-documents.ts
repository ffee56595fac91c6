// Regenerates the demo lesson PDFs in public/media/documents: `npx tsx prisma/seed-data/media/make-documents.ts`.
// The files are committed; the seed only points lessons at them, so this never runs at seed time.
// The text is short reading material written for the demo, in the standard Helvetica font
// (WinAnsi only, hence English text).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { DOCUMENTS, type ReadingDocument } from "./documents";

const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../public/media/documents");
const PAGE = { width: 595, height: 842, margin: 56 } as const;
// A fixed date keeps the bytes identical between runs, so regenerating does not churn git.
const FIXED_DATE = new Date("2026-04-01T00:00:00Z");

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

async function renderDocument(doc: ReadingDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(doc.title);
  pdf.setAuthor("Kaushal demo content");
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const textWidth = PAGE.width - 2 * PAGE.margin;

  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const ensureRoom = (needed: number) => {
    if (y - needed < PAGE.margin) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
  };
  const write = (text: string, font: PDFFont, size: number, indent = 0, colour = rgb(0.1, 0.1, 0.1)) => {
    for (const line of wrap(text, font, size, textWidth - indent)) {
      ensureRoom(size + 4);
      page.drawText(line, { x: PAGE.margin + indent, y: y - size, size, font, color: colour });
      y -= size + 4;
    }
  };

  page.drawRectangle({ x: 0, y: PAGE.height - 8, width: PAGE.width, height: 8, color: rgb(0.12, 0.23, 0.45) });
  write(doc.title, bold, 20, 0, rgb(0.12, 0.23, 0.45));
  y -= 4;
  write(doc.subtitle, regular, 11, 0, rgb(0.35, 0.35, 0.35));
  y -= 12;
  for (const section of doc.sections) {
    ensureRoom(40);
    write(section.heading, bold, 13);
    y -= 2;
    for (const paragraph of section.paragraphs ?? []) {
      write(paragraph, regular, 10.5);
      y -= 6;
    }
    for (const bullet of section.bullets ?? []) {
      ensureRoom(16);
      page.drawCircle({ x: PAGE.margin + 6, y: y - 6, size: 1.8, color: rgb(0.2, 0.2, 0.2) });
      write(bullet, regular, 10.5, 16);
      y -= 2;
    }
    y -= 10;
  }
  const pages = pdf.getPages();
  pages.forEach((p, index) => {
    p.drawText(`Kaushal reading material - ${doc.title} - page ${index + 1} of ${pages.length}`, {
      x: PAGE.margin,
      y: 28,
      size: 8,
      font: regular,
      color: rgb(0.45, 0.45, 0.45),
    });
  });
  return pdf.save({ useObjectStreams: true });
}

await mkdir(OUT_DIR, { recursive: true });
for (const doc of DOCUMENTS) {
  const bytes = await renderDocument(doc);
  await writeFile(path.join(OUT_DIR, doc.file), bytes);
  console.log(`${doc.file}: ${bytes.length} bytes`);
}
