// The diff page's stylesheet, inlined in one <style> element whose sha256 goes into the CSP (no 'unsafe-inline').
// Changes are told by text and markup (del/ins, labels), never by colour alone.
export const DIFF_STYLE = `
:root { --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa; --del: #b42318; --del-bg: #fef3f2; --ins: #1e6b34; --ins-bg: #f0faf3; --chg: #8f4f00; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 70rem; margin: 0 auto; padding: 0 1.25rem 2rem; }
h1 { font-size: 1.6rem; margin: 1.25rem 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
code { font: .875em/1.4 ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
ol.changes { list-style: none; padding: 0; }
ol.changes > li { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; margin: .6rem 0; }
.status { font-weight: 600; text-transform: uppercase; font-size: .8rem; letter-spacing: .03em; margin-right: .4rem; }
.status-changed, .status-edited { color: var(--chg); }
.status-added { color: var(--ins); }
.status-removed { color: var(--del); }
.status-moved { color: var(--muted); }
.where, .muted { color: var(--muted); font-size: .875rem; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; }
blockquote { margin: .3rem 0 0; padding: .2rem .7rem; border-left: 3px solid var(--line); background: var(--panel); }
`;
