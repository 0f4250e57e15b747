// The HTML report: one self-contained page (inline CSS and JS, no network), safe to open from disk.
// Layout: summary → findings (filterable, cards built on demand) → events → copy groups → documents.
import type { Lang, Report } from '../types.ts';
import { escapeAttr, escapeHtml, jsonForScript } from './escape.ts';
import { cspHash, pageHead } from './page.ts';
import { pickLang, strings } from './i18n.ts';
import { buildClientData } from './html/data.ts';
import { renderDocuments } from './html/documents.ts';
import { indexReport } from './html/model.ts';
import { SCRIPT } from './html/script.ts';
import { renderCopyGroups, renderEvents, renderFilters, renderSummary } from './html/sections.ts';
import { STYLE } from './html/style.ts';

export interface HtmlOptions {
  /** UI language; default: the majority language of the documents. */
  lang?: Lang;
  /** Document id → original text, to show context around evidence and the documents with exact highlights. */
  sources?: Map<string, string>;
  /** Unused by HTML (the page renders lazily); accepted so every formatter takes the same options. */
  maxChars?: number;
}

export { cspHash };

export function formatHtml(report: Report, options: HtmlOptions = {}): string {
  const lang = pickLang(report, options.lang);
  const ui = strings(lang);
  const index = indexReport(report);
  const docs = renderDocuments(report, index, ui, options.sources);
  const data = buildClientData(report, index, ui, options.sources, docs.claimAnchors);
  // No 'unsafe-inline': only our two inline elements run or apply; a data block (type=application/json) is
  // never executed, and nothing may load from anywhere (default-src 'none').
  const title = `${ui.title} — ${report.summary.findings} ${ui.findings.toLowerCase()}`;
  return [
    ...pageHead({ lang, title, style: STYLE, script: SCRIPT }),
    '<body>',
    `<a class="skip-link" href="#findings">${escapeHtml(ui.skip)}</a>`,
    '<header class="page-head">',
    `<h1>${escapeHtml(ui.title)}</h1>`,
    `<p>${escapeHtml(ui.generatedBy)} ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} · schema ${escapeHtml(report.schemaVersion)}</p>`,
    `<nav class="toc" aria-label="${escapeAttr(ui.title)}"><ul>` +
      [
        ['summary', ui.summary],
        ['findings', ui.findings],
        ['events', ui.events],
        ['copy-groups', ui.copyGroups],
        ['documents', ui.documentsView],
      ]
        .map(([id, label]) => `<li><a href="#${id}">${escapeHtml(label!)}</a></li>`)
        .join('') +
      '</ul></nav>',
    '</header>',
    '<main>',
    renderSummary(report, index, ui),
    `<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">${escapeHtml(ui.findings)}</h2>`,
    renderFilters(report, index, ui),
    `<noscript><p>${escapeHtml(ui.noScript)}</p></noscript>`,
    '<p class="status" id="findings-status" role="status" aria-live="polite"></p>',
    '<div class="findings-list" id="findings-list"></div>',
    '<button type="button" id="more" hidden></button>',
    '</section>',
    renderEvents(report, index, ui, docs.claimAnchors),
    renderCopyGroups(report, index, ui),
    docs.html,
    '</main>',
    `<script type="application/json" id="data">${jsonForScript(data)}</script>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
