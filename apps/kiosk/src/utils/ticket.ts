/** The ticket screen goes back to the welcome screen after this long without a touch (the order is done). */
export const TICKET_AUTO_RETURN_SECONDS = 60;

/**
 * A pickup number the way a voice should read it: one character at a time, so "A-007" is read
 * "A 0 0 7" (A 零 零 七), not "A minus seven".
 */
export function spokenTicketNo(ticketNo: string): string {
  return [...ticketNo.replace(/[^0-9A-Za-z]/g, '')].join(' ');
}

export const RECEIPT_WIDTH_MM = 58;
const RECEIPT_PAGE_STYLE_ID = 'receipt-page-size';

/**
 * How long a printed receipt is: the fixed parts (canteen, number, amounts, time) and about 5 mm a dish,
 * with some room to spare, so a roll printer does not feed a long blank strip after it.
 */
export function receiptPageHeightMm(lineCount: number): number {
  return 95 + 5 * lineCount;
}

/** Sizes the printed page to this receipt (a later @page rule overrides the default in print.css). */
export function setReceiptPageSize(lineCount: number, doc: Document = document): void {
  let style = doc.getElementById(RECEIPT_PAGE_STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = RECEIPT_PAGE_STYLE_ID;
    doc.head.append(style);
  }
  style.textContent = `@media print { @page { size: ${RECEIPT_WIDTH_MM}mm ${receiptPageHeightMm(lineCount)}mm; margin: 0; } }`;
}
