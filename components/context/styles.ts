/**
 * Styles of the context views, as strings: the card inlines them into its shadow root (no web-accessible
 * CSS file a page could probe); the popup may put them in a <style>. Colours meet WCAG AA in both themes.
 * Theme: `data-theme="dark"` on `.cc-root` (the card sets it from the page); `systemThemeStyles` adds the
 * system preference for pages that set no theme. Written compactly: the card's copy ships in every page.
 */
// Design tokens, one set for every surface (popup, card, options, welcome, full context). Sizes are in px on
// .cc-root so Chromium and Firefox render the same: each browser's default font size and form-control fonts
// differ. Type scale --t1..--t6; spacing --s1..--s5; radius --r. Colours: b background, f text, m muted text,
// l lines, a accent (links, focus, brand), q quotation ground, n button ground, e editorial, d danger,
// h highlight mark, o on-accent/on-danger text.
const dark = '--b:#1e1f22;--f:#ececec;--m:#c4c4c4;--l:#4a4c50;--a:#9dbbe6;--q:#2a2b2f;--n:#2f3136;--e:#f5c77e;--d:#ffb4ab;--h:#f5b301;--o:#1e1f22;color-scheme:dark';

export const contextStyles = `.cc-root{--t1:12px;--t2:13px;--t3:14px;--t4:16px;--t5:19px;--t6:24px;--s1:4px;--s2:8px;--s3:12px;--s4:16px;--s5:24px;--r:8px;--b:#fff;--f:#1a1a1a;--m:#4a4a4a;--l:#d0d4da;--a:#1f4e8c;--q:#f4f5f7;--n:#eef2f8;--e:#6b3e00;--d:#b3261e;--h:#f5b301;--o:#fff;color-scheme:light;background:var(--b);color:var(--f);font:var(--t3)/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;text-align:start}
.cc-root[data-theme=dark]{${dark}}
.cc-root button,.cc-root input,.cc-root select,.cc-root textarea{font:inherit;font-size:var(--t2)}
.cc-root *{box-sizing:border-box}
.cc-term{font-size:var(--t4);font-weight:650;margin:0 0 4px}
.cc-note{margin:0 0 8px;color:var(--m);font-size:var(--t2)}
.cc-section,.cc-source{margin:8px 0 0;padding-top:8px;border-top:1px solid var(--l)}
.cc-label,.cc-label-inline{font-weight:600;color:var(--m)}
.cc-label{font-size:var(--t1);margin:0 0 4px}
.cc-gist{margin:0}
.cc-quote{margin:var(--s2) 0 0;padding:var(--s2) var(--s3);background:var(--q);border-inline-start:3px solid var(--a);border-radius:4px}
.cc-quote blockquote{margin:0;unicode-bidi:plaintext}
.cc-editorial{font-style:italic;color:var(--e)}
.cc-attribution{margin:var(--s1) 0 0;font-size:var(--t1);color:var(--m)}
.cc-attribution>span+span::before{content:" · "}
.cc-speaker{font-weight:600;color:var(--f)}
.cc-tag{font-style:italic}
.cc-background{font-style:italic;color:var(--m)}
.cc-marks{margin:4px 0 0;padding-inline-start:16px;font-size:var(--t1);color:var(--m)}
.cc-dates{margin:0;padding:0;list-style:none}
.cc-dates li{margin:2px 0}
.cc-dates .cc-date{font-weight:600;margin-inline-end:6px;white-space:nowrap}
.cc-source{font-size:var(--t1)}
.cc-from{margin:var(--s1) 0 0;font-size:var(--t1);color:var(--m)}
.cc-error{color:var(--d);font-weight:600}
.cc-actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px}
.cc-button{font:inherit;font-size:var(--t2);font-weight:500;color:var(--f);background:var(--n);border:1px solid var(--l);border-radius:var(--r);padding:var(--s1) var(--s3);cursor:pointer;min-height:30px}
.cc-button:hover{border-color:var(--a)}
.cc-primary{color:var(--o);background:var(--a);border-color:var(--a);font-weight:600}
.cc-primary:hover{border-color:var(--f)}
.cc-danger{color:var(--o);background:var(--d);border-color:var(--d);font-weight:600}
.cc-danger:hover{border-color:var(--f)}
.cc-root :focus-visible{outline:2px solid var(--a);outline-offset:2px}
.cc-small{margin-top:var(--s1);min-height:26px;padding:2px var(--s2);font-size:var(--t1)}
.cc-status{margin:var(--s1) 0 0;font-size:var(--t2)}
.cc-status:empty{margin:0}
abbr.cc-approx{text-decoration:none;cursor:help}
`;

/** Dark theme from the system's preference, for extension pages whose `.cc-root` has no data-theme. */
export const systemThemeStyles = `@media (prefers-color-scheme:dark){.cc-root:not([data-theme]){${dark}}}`;
