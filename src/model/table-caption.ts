/** "Tabel: Jadwal penerapan" (or "Table: …") on the line above a table: its caption. */
const CAPTION_LINE = /^(?:tabel|table)\s*:\s*(.+)$/is;

/** The caption a paragraph gives the table below it, or undefined when it is ordinary text. */
export function tableCaption(paragraphText: string): string | undefined {
  return CAPTION_LINE.exec(paragraphText.trim())?.[1]?.trim();
}
