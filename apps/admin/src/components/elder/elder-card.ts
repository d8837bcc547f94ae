import { cardQrPayload } from '@canteen/shared';
import QRCode from 'qrcode';

/**
 * The QR code printed on an elder card, as an SVG data URL: vector, so it stays sharp at any printer
 * resolution. Error correction M survives a worn or slightly dirty card.
 */
export async function cardQrDataUrl(cardNumber: string): Promise<string> {
  const svg = await QRCode.toString(cardQrPayload(cardNumber), { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * The print stylesheet of the card view: the page is an ID-1 card (ISO/IEC 7810, 85.6 × 54 mm, the
 * size of a resident ID card) and nothing but the card is on it. Added to the document only while the
 * view is open, so printing any other page keeps the normal paper size.
 */
export const CARD_PAGE_CSS = `
@page { size: 85.6mm 54mm; margin: 0; }
@media print {
  html, body, #app { width: 85.6mm; height: 54mm; margin: 0; padding: 0; overflow: hidden; background: #fff !important; }
}`;
