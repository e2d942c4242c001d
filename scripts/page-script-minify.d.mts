import type { Plugin } from 'vite';

export const TERSER_OPTIONS: object;
export function privateMemberNames(root: string): string[];
export function pageScriptMinify(files: string[], root?: string): Plugin;
