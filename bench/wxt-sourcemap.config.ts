// The shipped configuration with source maps, into its own folder: bench/size.mjs attributes the content
// script's bytes to the modules they come from. Bench-only: nothing built here ships.
import { defineConfig } from 'wxt';
import base from '../wxt.config';

type ViteOption = Exclude<NonNullable<typeof base.vite>, undefined>;

export default defineConfig({
  ...base,
  outDir: '.output/bench-sourcemap',
  vite: (env) => {
    const shipped = (base.vite as ViteOption)(env);
    return { ...shipped, build: { ...(shipped as { build?: object }).build, sourcemap: true } };
  },
});
