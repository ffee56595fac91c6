import localFont from "next/font/local";

// Hindi must render on every device, including ones without a Devanagari system font. Served
// from the app (no outside host), and limited to Devanagari code points so English pages never
// download it.
export const devanagari = localFont({
  src: [
    { path: "./NotoSansDevanagari-Regular.woff2", weight: "400", style: "normal" },
    { path: "./NotoSansDevanagari-Bold.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-devanagari",
  display: "swap",
  preload: false,
  fallback: ["Noto Sans Devanagari", "Nirmala UI", "Mangal", "sans-serif"],
  declarations: [{ prop: "unicode-range", value: "U+0900-097F, U+1CD0-1CFF, U+200C-200D, U+20B9, U+25CC, U+A830-A839, U+A8E0-A8FF" }],
});
