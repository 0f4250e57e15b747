// Finding messages in the report's language. The kinds write English messages from their data; for a French
// report the sentence is rendered again from the same messageId and data with French templates, and the words
// recoupe itself put in the label ("duration", "meeting of", "Sunday") are translated. Article text and
// values are never translated.
import { readPackageJson } from '../paths.ts';
import type { Finding, Lang } from '../types.ts';

interface MessagesFile {
  messages: Record<string, string>;
  words: [string, string][];
}

let fr: { messages: Record<string, string>; words: [RegExp, string][] } | null = null;

function french() {
  if (fr) return fr;
  const file = readPackageJson<MessagesFile>('src', 'report', 'messages.fr.json');
  // Whole words only, longest phrases first (the file lists them so); a phrase never spans a value.
  const words = file.words.map(([en, f]): [RegExp, string] => [new RegExp(`(?<![\\p{L}\\p{N}-])${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'gu'), f]);
  fr = { messages: file.messages, words };
  return fr;
}

/** The word patterns the French labels use (exported for the regex audit). */
export function labelWordPatterns(): RegExp[] {
  return french().words.map(([re]) => re);
}

/** The label recoupe wrote, in French: only its own words change. */
export function localLabel(label: string, lang: Lang): string {
  if (lang === 'en') return label;
  // Values sit after the em dash or inside brackets; names are capitalised and are not in the word list.
  let out = label;
  for (const [re, f] of french().words) out = out.replace(re, f);
  return out;
}

/** The finding's message in the report's language. */
export function localMessage(f: Finding, lang: Lang): string {
  if (lang === 'en') return f.message;
  const template = french().messages[`${f.kind}.${f.messageId}`];
  if (!template) return f.message;
  const data: Record<string, string | number> = { ...f.data, label: localLabel(String(f.data.label ?? f.subject.label), lang) };
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => (k in data ? String(data[k]) : `{{${k}}}`));
}
