// Server-rendered parts of the HTML report: summary, sources, copy groups, events, filters.
// Every piece of report text goes through escapeHtml/escapeAttr here.
import { localLabel } from '../messages.ts';
import type { DocumentSummary, Report } from '../../types.ts';
import { escapeAttr, escapeHtml, isHttpUrl } from '../escape.ts';
import { verdictRank, type Ui } from '../i18n.ts';
import { labelOf, type ReportIndex } from './model.ts';

const h = escapeHtml;

/** A verdict badge: colour AND text, so the verdict never depends on colour alone. */
export function badge(verdict: string, ui: Ui): string {
  return `<span class="badge v-${h(cssToken(verdict))}">${h(ui.verdictLabel(verdict))}</span>`;
}

/** Keeps a value usable in a class name (verdicts are fixed words, but a report is input too). */
export function cssToken(value: string): string {
  return value.replace(/[^a-z0-9-]/gi, '_');
}

function countTable(caption: string, head: string, rows: [string, number][], ui: Ui): string {
  const body = rows.map(([label, n]) => `<tr><th scope="row">${label}</th><td>${n}</td></tr>`).join('');
  return `<table class="counts"><caption>${h(caption)}</caption><thead><tr><th scope="col">${h(head)}</th><th scope="col">${h(ui.count)}</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** The link to a source: an anchor only for http(s) URLs, plain text otherwise (javascript:, data:, …). */
export function urlHtml(url: string | null): string {
  if (!url) return '';
  if (isHttpUrl(url)) return `<a href="${escapeAttr(url.trim())}" rel="noopener noreferrer">${h(url)}</a>`;
  return `<span class="url-text">${h(url)}</span>`;
}

/** One line of source metadata: id, date, language, URL. */
export function sourceMeta(doc: DocumentSummary, ui: Ui): string {
  const bits = [`<code>${h(doc.id)}</code>`];
  bits.push(h(doc.published.value ?? ui.unknown));
  bits.push(h(doc.lang));
  const url = urlHtml(doc.url);
  if (url) bits.push(url);
  return `<p class="doc-meta">${bits.join(' · ')}</p>`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function renderSummary(report: Report, index: ReportIndex, ui: Ui): string {
  const s = report.summary;
  const verdicts = Object.entries(s.byVerdict)
    .sort((a, b) => verdictRank(a[0]) - verdictRank(b[0]))
    .map(([v, n]): [string, number] => [badge(v, ui), n]);
  const kinds = Object.entries(s.byKind)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]): [string, number] => [h(ui.kindLabel(k)), n]);
  const totals = [
    [ui.documents, s.documents],
    [ui.claims, s.claims],
    [ui.events, s.events],
    [ui.findings, s.findings],
  ]
    .map(([label, n]) => `<div><dt>${h(capitalise(String(label)))}</dt><dd>${n}</dd></div>`)
    .join('');
  const parts = [
    `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${h(ui.summary)}</h2>`,
    `<dl class="totals">${totals}</dl>`,
    `<div class="count-tables">${countTable(ui.byVerdict, ui.verdict, verdicts, ui)}${countTable(ui.byKind, ui.kind, kinds, ui)}</div>`,
    renderBaseline(report, ui),
    renderSources(report, index, ui),
    renderProblems(report, ui),
    '</section>',
  ];
  return parts.join('');
}

function renderBaseline(report: Report, ui: Ui): string {
  const b = report.baseline;
  if (!b) return '';
  return `<p class="baseline"><strong>${h(ui.baseline)}:</strong> ${b.new.length} ${h(ui.baselineNew)} · ${b.present.length} ${h(ui.baselinePresent)} · ${b.fixed.length} ${h(ui.baselineFixed)}</p>`;
}

function renderSources(report: Report, index: ReportIndex, ui: Ui): string {
  const rows = report.documents.map((doc) => {
    const i = index.sourceIndex.get(doc.id)!;
    const group = index.copyGroupOf.get(doc.id);
    const groupTag = group ? ` <span class="tag">${h(ui.group)} ${group}</span>` : '';
    const title = doc.title ? h(doc.title) : '';
    const url = urlHtml(doc.url);
    return (
      `<tr><th scope="row"><a href="#doc-${i}">${h(index.sources[i]!.label)}</a>${groupTag}</th>` +
      `<td>${title}${url ? `<br><span class="small">${url}</span>` : ''}</td>` +
      `<td>${h(doc.published.value ?? ui.unknown)}</td><td>${h(doc.lang)}</td><td><code>${h(doc.id)}</code></td></tr>`
    );
  });
  return (
    `<h3>${h(ui.sources)}</h3><div class="table-wrap"><table class="sources"><thead><tr>` +
    [ui.outlet, ui.titleCol, ui.date, ui.language, ui.source].map((c) => `<th scope="col">${h(c)}</th>`).join('') +
    `</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}

function renderProblems(report: Report, ui: Ui): string {
  if (report.problems.length === 0) return '';
  const items = report.problems
    .map((p) => `<li><code>${h(p.file)}</code>: ${h(p.message)} <span class="muted">(${h(p.code)})</span></li>`)
    .join('');
  return `<h3>${h(ui.problems)}</h3><ul>${items}</ul>`;
}

export function renderCopyGroups(report: Report, index: ReportIndex, ui: Ui): string {
  const head = `<section id="copy-groups" aria-labelledby="copy-groups-h"><h2 id="copy-groups-h">${h(ui.copyGroups)}</h2>`;
  if (report.copyGroups.length === 0) return `${head}<p>${h(ui.noCopyGroups)}</p></section>`;
  const groups = report.copyGroups
    .map((group, g) => {
      const members = group
        .map((id) => {
          const i = index.sourceIndex.get(id);
          const label = h(labelOf(index, id));
          return i === undefined ? label : `<a href="#doc-${i}">${label}</a> <code>${h(id)}</code>`;
        })
        .join(', ');
      return `<li><strong>${h(ui.group)} ${g + 1}</strong>: ${members}</li>`;
    })
    .join('');
  return `${head}<p>${h(ui.copyGroupsIntro)}</p><ul class="copy-groups">${groups}</ul></section>`;
}

export function renderEvents(
  report: Report,
  index: ReportIndex,
  ui: Ui,
  claimAnchors: Map<string, string>,
): string {
  const findingsPerEvent = new Map<string, number>();
  for (const f of report.findings) {
    if (f.subject.event) findingsPerEvent.set(f.subject.event, (findingsPerEvent.get(f.subject.event) ?? 0) + 1);
  }
  const items = report.events.map((event, e) => {
    const facts: [string, string][] = [[ui.type, h(event.type)]];
    if (event.date) facts.push([ui.date, h(event.date)]);
    if (event.place) facts.push([ui.place, h(event.place)]);
    if (event.participants.length) facts.push([ui.participants, event.participants.map(h).join(', ')]);
    facts.push([ui.sources, event.sources.map((id) => h(labelOf(index, id))).join(', ')]);
    const dl = facts.map(([k, v]) => `<div><dt>${h(k)}</dt><dd>${v}</dd></div>`).join('');
    const claims = event.claims
      .map((id) => {
        const claim = index.claimById.get(id);
        if (!claim) return `<li><code>${h(id)}</code></li>`;
        const anchor = claimAnchors.get(id);
        const text = `“${h(claim.evidence.text)}”`;
        return `<li><span class="tag">${h(ui.kindLabel(claim.kind))}</span> ${h(labelOf(index, claim.doc))}: ${anchor ? `<a href="#${anchor}">${text}</a>` : text}</li>`;
      })
      .join('');
    const n = findingsPerEvent.get(event.key) ?? 0;
    const button = n
      ? `<button type="button" class="show-event" data-event="${e}">${h(ui.showFindings)} (${n})</button>`
      : '';
    return (
      `<li class="event"><h3>${h(localLabel(event.label, ui.lang))}</h3><dl class="facts">${dl}</dl>` +
      `<details><summary>${h(ui.members)} (${event.claims.length})</summary><ul class="members">${claims}</ul></details>${button}</li>`
    );
  });
  return `<section id="events" aria-labelledby="events-h"><h2 id="events-h">${h(ui.events)}</h2><ul class="events">${items.join('')}</ul></section>`;
}

function options(pairs: [string, string][], ui: Ui): string {
  return [`<option value="">${h(ui.all)}</option>`]
    .concat(pairs.map(([value, label]) => `<option value="${escapeAttr(value)}">${h(label)}</option>`))
    .join('');
}

function select(id: string, label: string, opts: string): string {
  return `<div class="filter"><label for="${id}">${h(label)}</label><select id="${id}">${opts}</select></div>`;
}

/** The filter form; the client script reads these selects (values: verdict, claim kind, source/event index). */
export function renderFilters(report: Report, index: ReportIndex, ui: Ui): string {
  const verdicts = new Map<string, number>();
  const kinds = new Map<string, number>();
  const used = new Set<number>();
  for (const f of report.findings) {
    verdicts.set(f.verdict, (verdicts.get(f.verdict) ?? 0) + 1);
    kinds.set(f.subject.claimKind, (kinds.get(f.subject.claimKind) ?? 0) + 1);
    for (const v of f.values) used.add(index.sourceIndex.get(v.source)!);
  }
  const verdictOpts = [...verdicts]
    .sort((a, b) => verdictRank(a[0]) - verdictRank(b[0]))
    .map(([v, n]): [string, string] => [v, `${ui.verdictLabel(v)} (${n})`]);
  const kindOpts = [...kinds]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([k, n]): [string, string] => [k, `${ui.kindLabel(k)} (${n})`]);
  const sourceOpts = [...used]
    .sort((a, b) => a - b)
    .map((i): [string, string] => [String(i), `${index.sources[i]!.label} — ${index.sources[i]!.id}`]);
  const eventOpts: [string, string][] = report.events.map((e, i) => [String(i), localLabel(e.label, ui.lang)]);
  eventOpts.push(['-1', ui.noEvent]);
  const fields = [
    select('f-verdict', ui.verdict, options(verdictOpts, ui)),
    select('f-kind', ui.kind, options(kindOpts, ui)),
    select('f-source', ui.source, options(sourceOpts, ui)),
    select('f-event', ui.event, options(eventOpts, ui)),
  ];
  if (report.baseline) {
    const statuses: [string, string][] = [
      ['new', ui.baselineNew],
      ['present', ui.baselinePresent],
    ];
    fields.push(select('f-status', ui.status, options(statuses, ui)));
  }
  return `<form class="filters" id="filters" aria-label="${escapeAttr(ui.filters)}"><fieldset><legend>${h(ui.filters)}</legend>${fields.join('')}<button type="reset" id="f-reset">${h(ui.reset)}</button></fieldset></form>`;
}

