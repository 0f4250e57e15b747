// The report's stylesheet, inlined in a <style> element whose hash goes into the CSP.
// Colours meet WCAG AA (4.5:1) for text; every verdict colour comes with its name in text.
export const STYLE = `
:root {
  --fg: #1f2328; --muted: #57606a; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de; --link: #0b57d0;
  --focus: #0b57d0;
  --contradiction: #b42318; --contradiction-bg: #fef3f2;
  --divergence: #8f4f00; --divergence-bg: #fffaeb;
  --corroboration: #1e6b34; --corroboration-bg: #f0faf3;
  --single-source: #4b5563; --single-source-bg: #f5f6f7;
  --update: #1d4ed8; --update-bg: #eff4ff;
  --attributed: #6b21a8; --attributed-bg: #f7f0fd;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--fg); background: var(--bg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
main, .page-head { max-width: 78rem; margin: 0 auto; padding: 0 1.25rem; }
h1 { font-size: 1.75rem; margin: 1.25rem 0 .25rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1rem 0 .5rem; }
a { color: var(--link); }
code { font: .875em/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link { position: absolute; left: .5rem; top: -3rem; background: var(--fg); color: #fff; padding: .5rem .75rem; z-index: 10; }
.skip-link:focus { top: .5rem; }
.muted, .small { color: var(--muted); }
.small { font-size: .875rem; }
.page-head p { margin: 0 0 .5rem; color: var(--muted); }
.toc ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; padding: 0; margin: .5rem 0; }
.totals { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0 0 1rem; }
.totals div { background: var(--panel); border: 1px solid var(--line); border-radius: .5rem; padding: .5rem 1rem; min-width: 8rem; }
.totals dt { color: var(--muted); font-size: .875rem; }
.totals dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
.count-tables { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
table { border-collapse: collapse; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid var(--line); }
td:last-child { font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
table.sources { width: 100%; }
.badge {
  display: inline-block; padding: .05rem .5rem; border-radius: 999px; color: #fff; font-size: .8rem;
  font-weight: 600; letter-spacing: .01em; white-space: nowrap; background: var(--single-source);
}
.tag { display: inline-block; padding: 0 .4rem; border: 1px solid var(--line); border-radius: .25rem; font-size: .8rem; color: var(--muted); background: var(--bg); }
.v-contradiction { --accent: var(--contradiction); --tint: var(--contradiction-bg); }
.v-divergence { --accent: var(--divergence); --tint: var(--divergence-bg); }
.v-corroboration { --accent: var(--corroboration); --tint: var(--corroboration-bg); }
.v-single-source { --accent: var(--single-source); --tint: var(--single-source-bg); }
.v-update { --accent: var(--update); --tint: var(--update-bg); }
.v-attributed { --accent: var(--attributed); --tint: var(--attributed-bg); }
.badge[class*="v-"] { background: var(--accent, var(--single-source)); }
.filters fieldset { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: flex-end; border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; background: var(--panel); }
.filters legend { font-weight: 600; padding: 0 .25rem; }
.filter { display: flex; flex-direction: column; gap: .2rem; }
.filter label { font-size: .875rem; font-weight: 600; }
select, button { font: inherit; color: var(--fg); }
select { padding: .3rem .4rem; border: 1px solid #6e7781; border-radius: .35rem; background: var(--bg); max-width: 22rem; }
button { padding: .35rem .8rem; border: 1px solid #6e7781; border-radius: .35rem; background: var(--bg); cursor: pointer; }
button:hover { background: var(--panel); }
.status { margin: .75rem 0; font-weight: 600; }
.findings-list { display: flex; flex-direction: column; gap: 1rem; }
.finding { border: 1px solid var(--line); border-left: .35rem solid var(--accent, var(--line)); border-radius: .5rem; padding: .75rem 1rem 1rem; background: var(--bg); }
.finding-head { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem .6rem; }
.finding-head h3 { margin: 0; flex: 1 1 16rem; }
.finding .msg { margin: .5rem 0 .75rem; }
.values { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); }
.value { border: 1px solid var(--line); border-radius: .4rem; padding: .6rem .75rem; background: var(--tint, var(--panel)); display: flex; flex-direction: column; gap: .35rem; min-width: 0; }
.value h4 { margin: 0; font-size: 1rem; }
.value .display { font-size: 1.2rem; font-weight: 700; margin: 0; }
.value blockquote { margin: 0; padding-left: .6rem; border-left: 3px solid var(--line); overflow-wrap: anywhere; }
.value p { margin: 0; }
mark { background: #ffe58a; color: var(--fg); padding: 0 .1em; border-radius: .15em; }
.diff { font-size: .95rem; border-top: 1px dashed var(--line); padding-top: .35rem; }
.diff del, .noise-diff { background: #ffe2de; color: #8a1c12; text-decoration: line-through; }
.diff ins { background: #d9f3e1; color: #14532d; text-decoration: underline; }
.pairs, .copy-note, .meta { font-size: .9rem; margin: .6rem 0 0; }
.pairs ul { margin: .25rem 0 0; padding-left: 1.25rem; }
.meta { color: var(--muted); }
#more { margin-top: 1rem; }
.events { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); }
.event { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; }
.event h3 { margin-top: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: 0 0 .5rem; }
.facts div { display: contents; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
details > summary { cursor: pointer; }
.members { padding-left: 1.25rem; }
.show-event { margin-top: .5rem; }
.doc { border: 1px solid var(--line); border-radius: .5rem; margin: .5rem 0; padding: .5rem .75rem; }
.doc > summary { font-weight: 600; }
.doc-outlet { font-weight: 700; }
.doc-meta { margin: .5rem 0; color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
.doc-text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .95rem; line-height: 1.6; max-width: 50rem; }
del.noise { color: #6b2f2a; background: #fbeae8; text-decoration: line-through; }
.hide-noise del.noise { display: none; }
mark.claim { background: #fff1a8; box-shadow: inset 0 -2px 0 #b58100; }
:target { scroll-margin-top: 1rem; outline: 3px solid var(--focus); }
.copy-groups li, .removed li { margin: .25rem 0; }
.url-text { overflow-wrap: anywhere; }
@media (max-width: 40rem) { .values { grid-template-columns: 1fr; } }
@media print {
  .skip-link, .filters, #more, .noise-toggle, .show-event, .toc { display: none !important; }
  body { font-size: 11pt; }
  main, .page-head { max-width: none; padding: 0; }
  .finding, .value, .event, .doc { break-inside: avoid; }
  details::details-content { content-visibility: visible; display: contents; }
  a { color: inherit; }
  .badge { border: 1px solid #000; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
