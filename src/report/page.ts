// What every self-contained HTML page of recoupe starts with: a strict Content-Security-Policy that allows only
// the page's own inline elements (by hash), no referrer, no favicon request.
import { createHash } from 'node:crypto';
import { escapeAttr, escapeHtml } from './escape.ts';

/** CSP source expression for an inline element: its exact text, hashed. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** The CSP of a page with one inline stylesheet and, optionally, one inline script; nothing else may load. */
export function pageCsp(style: string, script?: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(style)}`,
    ...(script ? [`script-src ${cspHash(script)}`] : []),
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** `<!doctype html>` up to `</head>`, as lines. `title` is plain text; it is escaped here. */
export function pageHead(o: { lang: string; title: string; style: string; script?: string }): string[] {
  return [
    '<!doctype html>',
    `<html lang="${escapeAttr(o.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(pageCsp(o.style, o.script))}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // An empty data: icon stops the browser from asking for /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(o.title)}</title>`,
    `<style>${o.style}</style>`,
    '</head>',
  ];
}
