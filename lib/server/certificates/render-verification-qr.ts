import "server-only";
import QRCode from "qrcode";

/**
 * The QR code of a verification URL as an SVG string, rendered on the server: it prints sharply
 * at any size and needs no script in the browser. Error correction M survives a crease or a
 * smudge on a printed certificate while keeping the modules large enough for phone cameras.
 */
export async function renderVerificationQr(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 0, color: { dark: "#12213b", light: "#ffffff" } });
}
