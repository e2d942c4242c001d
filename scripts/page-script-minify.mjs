// A second minifier pass over the scripts injected into pages (the content script and the card UI): terser,
// after the bundler's own minifier, takes off what that leaves (decision 003).
import { minify } from 'terser';

/** Options for terser; `ascii_only` also keeps V8's copy of the source one byte a character. */
export const TERSER_OPTIONS = {
  ecma: 2020,
  compress: { passes: 3, pure_getters: true, pure_funcs: ['Object.freeze', 'Object.values'] },
  format: { ascii_only: true },
};

/** A Vite plugin that runs terser over the named output files once they are written in memory. */
export function pageScriptMinify(files) {
  return {
    name: 'context-cards:page-script-minify',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !files.includes(chunk.fileName)) continue;
        // A source-mapped build (bench/size.mjs) keeps its map: terser maps back through the bundler's.
        const map = chunk.map ? { content: chunk.map, asObject: true } : false;
        const out = await minify(chunk.code, { ...TERSER_OPTIONS, sourceMap: map });
        chunk.code = out.code;
        if (map && out.map) Object.assign(chunk.map, out.map);
      }
    },
  };
}
