/**
 * Light or dark card, to match what the reader sees: the page's own background behind the mention when it
 * paints one, else the page's declared color-scheme together with the system's preference.
 */

/** [r, g, b, alpha] of a computed `rgb()`/`rgba()` colour (0-255, alpha 0-1), or null for other forms. */
export function parseRgb(color: string): [number, number, number, number] | null {
  // Computed colours are serialised as rgb()/rgba() (commas, or spaces and a slash); others (color(), oklch()) are skipped.
  const n = color.startsWith('rgb') ? color.match(/[\d.]+%?/g) : null;
  if (!n || n.length < 3) return null;
  const alpha = n[3] ?? '1';
  return [+n[0]!, +n[1]!, +n[2]!, alpha.endsWith('%') ? parseFloat(alpha) / 100 : +alpha];
}

/** Perceived brightness (ITU-R BT.601 weights, 0 black to 255 white): enough to tell dark pages from light. */
export function brightness([r, g, b]: readonly number[]): number {
  return 0.299 * r! + 0.587 * g! + 0.114 * b!;
}

/** Whether a declared color-scheme ("light dark", "dark", "normal") renders dark with this system preference. */
export function schemeIsDark(scheme: string, prefersDark: boolean): boolean {
  const words = scheme.split(/\s+/);
  if (!words.includes('dark')) return false;
  return prefersDark || !words.includes('light');
}

/** The theme for a card shown next to `el`: its first opaque background decides, else the colour scheme. */
export function pageTheme(el: Element | null, view: Window = window): 'dark' | 'light' {
  for (let node = el; node; node = node.parentElement) {
    const rgb = parseRgb(view.getComputedStyle(node).backgroundColor);
    // Half-transparent layers are skipped: what shows through them decides.
    if (rgb && rgb[3] >= 0.5) return brightness(rgb) < 110 ? 'dark' : 'light';
  }
  const doc = view.document;
  const declared = `${view.getComputedStyle(doc.documentElement).colorScheme ?? ''} ${doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? ''}`;
  return schemeIsDark(declared, view.matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
}
