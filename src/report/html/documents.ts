// The per-document view: the text with claims highlighted (<mark>) and removed noise struck (<del>).
import type { Claim, DocumentSummary, Report } from '../../types.ts';
import { escapeAttr, escapeHtml } from '../escape.ts';
import { fill, type Ui } from '../i18n.ts';
import { sourceMeta } from './sections.ts';
import type { ReportIndex } from './model.ts';

interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
  /** Set on claim marks, so the anchors map only lists the claims that were placed. */
  claim?: { id: string; anchor: string };
}

export interface DocumentsView {
  html: string;
  /** Claim id → element id of its <mark>, for the claims that the view could place. */
  claimAnchors: Map<string, string>;
}

/**
 * With the original text (options.sources), the claims and removed spans sit at their exact offsets, so the
 * original is shown with noise struck through (a checkbox hides it, leaving the cleaned reading). Without it,
 * `cleanText` is shown, claims are found in it by their text, and the removed pieces are listed below.
 */
export function renderDocuments(
  report: Report,
  index: ReportIndex,
  ui: Ui,
  sources: Map<string, string> | undefined,
): DocumentsView {
  const claimsByDoc = new Map<string, { claim: Claim; n: number }[]>();
  (report.claims ?? []).forEach((claim, n) => {
    const list = claimsByDoc.get(claim.doc) ?? [];
    list.push({ claim, n });
    claimsByDoc.set(claim.doc, list);
  });
  const claimAnchors = new Map<string, string>();
  const parts: string[] = [];
  parts.push(`<section id="documents" aria-labelledby="documents-h"><h2 id="documents-h">${escapeHtml(ui.documentsView)}</h2>`);
  parts.push(
    `<p class="noise-toggle"><label><input type="checkbox" id="show-noise" checked> ${escapeHtml(ui.showNoise)}</label></p>`,
  );
  report.documents.forEach((doc) => {
    const i = index.sourceIndex.get(doc.id)!;
    const claims = (claimsByDoc.get(doc.id) ?? []).sort((a, b) => a.claim.evidence.start - b.claim.evidence.start);
    const original = sources?.get(doc.id);
    parts.push(`<details class="doc" id="doc-${i}"><summary>`);
    parts.push(`<span class="doc-outlet">${escapeHtml(index.sources[i]!.label)}</span>`);
    if (doc.title) parts.push(` — <span class="doc-title">${escapeHtml(doc.title)}</span>`);
    parts.push(` <span class="muted">(${escapeHtml(fill(ui.removedCount, { n: doc.removed.length }))})</span></summary>`);
    parts.push(`<div class="doc-body">${sourceMeta(doc, ui)}`);
    if (original !== undefined) parts.push(textWithMarks(original, marksFromOriginal(doc, claims, ui, claimAnchors)));
    else if (doc.cleanText !== undefined) {
      parts.push(textWithMarks(doc.cleanText, marksInCleanText(doc.cleanText, claims, ui, claimAnchors)));
      parts.push(removedList(doc, ui));
    } else {
      parts.push(`<p class="muted">${escapeHtml(ui.noText)}</p>`);
      parts.push(removedList(doc, ui));
    }
    parts.push('</div></details>');
  });
  parts.push('</section>');
  return { html: parts.join(''), claimAnchors };
}

function claimMark(claim: Claim, n: number, ui: Ui, start: number, end: number): Mark {
  const title = `${ui.kindLabel(claim.kind)}: ${claim.evidence.text}`;
  return {
    start,
    end,
    open: `<mark class="claim" id="claim-${n}" title="${escapeAttr(title)}">`,
    close: '</mark>',
    claim: { id: claim.id, anchor: `claim-${n}` },
  };
}

function marksFromOriginal(
  doc: DocumentSummary,
  claims: { claim: Claim; n: number }[],
  ui: Ui,
  anchors: Map<string, string>,
): Mark[] {
  const marks: Mark[] = doc.removed.map((r) => ({
    start: r.start,
    end: r.end,
    open: `<del class="noise" title="${escapeAttr(r.reason)}">`,
    close: '</del>',
  }));
  for (const { claim, n } of claims) marks.push(claimMark(claim, n, ui, claim.evidence.start, claim.evidence.end));
  const kept = dropOverlaps(marks);
  for (const mark of kept) if (mark.claim) anchors.set(mark.claim.id, mark.claim.anchor);
  return kept;
}

function marksInCleanText(
  text: string,
  claims: { claim: Claim; n: number }[],
  ui: Ui,
  anchors: Map<string, string>,
): Mark[] {
  // Claims are sorted by original offset, and cleaning keeps the order, so each search starts after the last hit.
  const marks: Mark[] = [];
  let from = 0;
  for (const { claim, n } of claims) {
    if (!claim.evidence.text) continue;
    const at = text.indexOf(claim.evidence.text, from);
    if (at < 0) continue;
    marks.push(claimMark(claim, n, ui, at, at + claim.evidence.text.length));
    anchors.set(claim.id, `claim-${n}`);
    from = at + claim.evidence.text.length;
  }
  return marks;
}

/** Keeps the first of overlapping marks (removed spans sort before claims at equal start). */
function dropOverlaps(marks: Mark[]): Mark[] {
  marks.sort((a, b) => a.start - b.start || b.end - a.end || (a.claim ? 1 : 0) - (b.claim ? 1 : 0));
  const kept: Mark[] = [];
  let end = 0;
  for (const mark of marks) {
    if (mark.start < end || mark.end < mark.start) continue;
    kept.push(mark);
    end = Math.max(end, mark.end);
  }
  return kept;
}

function textWithMarks(text: string, marks: Mark[]): string {
  let out = '<div class="doc-text">';
  let at = 0;
  for (const mark of marks) {
    const end = Math.min(mark.end, text.length);
    if (mark.start >= text.length) break;
    out += escapeHtml(text.slice(at, mark.start)) + mark.open + escapeHtml(text.slice(mark.start, end)) + mark.close;
    at = end;
  }
  return out + escapeHtml(text.slice(at)) + '</div>';
}

function removedList(doc: DocumentSummary, ui: Ui): string {
  if (doc.removed.length === 0) return '';
  const items = doc.removed
    .map((r) => `<li><del class="noise" title="${escapeAttr(r.reason)}">${escapeHtml(r.text)}</del> <span class="muted">(${escapeHtml(r.reason)})</span></li>`)
    .join('');
  return `<h3 class="removed-h">${escapeHtml(ui.removedNoise)}</h3><ul class="removed">${items}</ul>`;
}
