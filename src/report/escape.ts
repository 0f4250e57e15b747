// Escaping for the HTML report: every piece of article text or metadata goes through one of these.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node. Quotes are escaped too, so the result is also safe inside an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Escapes a value for a double- or single-quoted attribute. Same set as escapeHtml; kept separate so call sites
 * say which context they write into (and so a later change for attributes, e.g. newlines, has one place to go).
 */
export function escapeAttr(text: string): string {
  return escapeHtml(text);
}

/**
 * Serialises data for `<script type="application/json">`. `<` becomes `\u003c`, so neither `</script>` nor
 * `<!--` in article text can end or alter the script element; U+2028/2029 are escaped for old JS parsers.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** True for an absolute http(s) URL: only those become links (never javascript:, data:, file: …). */
export function isHttpUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
