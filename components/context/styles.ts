/**
 * Styles of the context views, as strings: the card inlines them into its shadow root (no web-accessible
 * CSS file a page could probe); the popup may put them in a <style>. Colours meet WCAG AA in both themes.
 * Theme: `data-theme="dark"` on `.cc-root` (the card sets it from the page); `systemThemeStyles` adds the
 * system preference for pages that set no theme. Written compactly: the card's copy ships in every page.
 */
const dark = '--b:#202124;--f:#ececec;--m:#c4c4c4;--l:#4a4c50;--a:#8ab4f8;--q:#2a2b2f;--n:#303236;--e:#f5c77e;color-scheme:dark';

export const contextStyles = `.cc-root{--b:#fff;--f:#1a1a1a;--m:#4a4a4a;--l:#d0d0d0;--a:#0b57d0;--q:#f4f4f0;--n:#f0f3f8;--e:#6b3e00;color-scheme:light;background:var(--b);color:var(--f);font:14px/1.45 system-ui,sans-serif;text-align:start}
.cc-root[data-theme=dark]{${dark}}
.cc-root *{box-sizing:border-box}
.cc-term{font-size:16px;font-weight:650;margin:0 0 4px}
.cc-note{margin:0 0 8px;color:var(--m);font-size:13px}
.cc-section,.cc-source{margin:8px 0 0;padding-top:8px;border-top:1px solid var(--l)}
.cc-label,.cc-label-inline{font-weight:600;color:var(--m)}
.cc-label{font-size:12px;margin:0 0 4px}
.cc-gist{margin:0}
.cc-quote{margin:6px 0 0;padding:6px 8px;background:var(--q);border-inline-start:3px solid var(--a);border-radius:4px}
.cc-quote blockquote{margin:0;unicode-bidi:plaintext}
.cc-editorial{font-style:italic;color:var(--e)}
.cc-attribution{margin:4px 0 0;font-size:12.5px;color:var(--m)}
.cc-attribution>span+span::before{content:" · "}
.cc-speaker{font-weight:600;color:var(--f)}
.cc-tag{font-style:italic}
.cc-background{font-style:italic;color:var(--m)}
.cc-marks{margin:4px 0 0;padding-inline-start:16px;font-size:12px;color:var(--m)}
.cc-dates{margin:0;padding:0;list-style:none}
.cc-dates li{margin:2px 0}
.cc-dates .cc-date{font-weight:600;margin-inline-end:6px;white-space:nowrap}
.cc-source{font-size:12.5px}
.cc-actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px}
.cc-button{font:inherit;font-size:12.5px;color:var(--f);background:var(--n);border:1px solid var(--l);border-radius:6px;padding:4px 10px;cursor:pointer;min-height:28px}
.cc-button:hover{border-color:var(--a)}
.cc-root :focus-visible{outline:2px solid var(--a);outline-offset:2px}
.cc-small{margin-top:6px;min-height:24px;padding:2px 8px;font-size:12px}
.cc-status{margin:6px 0 0;font-size:12.5px}
.cc-status:empty{margin:0}
abbr.cc-approx{text-decoration:none;cursor:help}
`;

/** Dark theme from the system's preference, for extension pages whose `.cc-root` has no data-theme. */
export const systemThemeStyles = `@media (prefers-color-scheme:dark){.cc-root:not([data-theme]){${dark}}}`;
