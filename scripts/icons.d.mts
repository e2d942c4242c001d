export declare const ICONS: { source: string; name: string; sizes: number[] }[];
export declare function renderIcons(outDir: string): string[];
