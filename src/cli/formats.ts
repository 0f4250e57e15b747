// Loads only the formatters a command asks for, and names the file each one writes.
import type { Report } from '../types.ts';
import type { Format } from '../cli.ts';

export interface FormatOptions {
  lang?: 'en' | 'fr';
  /** Document id → original text, for line/column positions and context. */
  sources: Map<string, string>;
  rules?: { id: string; description: string; level: string }[];
}

export const FILE_NAMES: Record<Exclude<Format, 'github'>, string> = {
  json: 'report.json',
  html: 'report.html',
  md: 'report.md',
  sarif: 'report.sarif',
};

/** The report in one format, as pieces to write in order (JSON comes element by element; the others whole). */
export async function render(format: Format, report: Report, options: FormatOptions): Promise<string | Iterable<string>> {
  switch (format) {
    case 'json':
      return (await import('../report/json.ts')).jsonChunks(report);
    case 'html':
      return (await import('../report/html.ts')).formatHtml(report, options);
    case 'md':
      return (await import('../report/markdown.ts')).formatMarkdown(report, options);
    case 'sarif':
      return (await import('../report/sarif.ts')).formatSarif(report, options);
    case 'github':
      return (await import('../report/github.ts')).formatGithub(report, options);
  }
}
