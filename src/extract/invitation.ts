// Invitations: who invited whom to go where. "Blinken invited Foreign Minister Qin to Washington", "Qin accepted
// Blinken's invitation to visit Washington", "Qin a accepté l'invitation de Blinken à se rendre à Washington".
// The inviter may be written as a title only ("The Foreign Minister invited them…"): its title key is kept, and
// alignment resolves it to the one person the sources give that title. Phrases: rules/lexicon/invitations.json.
import type { ClaimDraft, InvitationValue, Lang, Mention } from '../types.ts';
import { lowerBound } from '../align/analysis.ts';
import { readPackageJson } from '../paths.ts';
import type { ExtractContext } from './context.ts';
import { findTitles } from './entities/titles.ts';
import { tokenize as entityTokens } from './entities/tokens.ts';
import { leftSubject, phraseAt, phraseMap, sentenceTokens, type Token, type Who } from './speaker.ts';

interface Phrases {
  invite: Map<string, string[][]>;
  accept: Map<string, string[][]>;
  invitation: Map<string, string[][]>;
  inviterMarkers: Map<string, string[][]>;
  toVisit: Map<string, string[][]>;
  objectPronouns: Map<string, string[][]>;
}

type LangFile = Record<keyof Phrases, string[]>;
let compiled: Record<Lang, Phrases> | null = null;

function phrases(lang: Lang): Phrases {
  if (!compiled) {
    const file = readPackageJson<Record<Lang, LangFile>>('rules', 'lexicon', 'invitations.json');
    const compile = (l: LangFile): Phrases => ({
      invite: phraseMap(l.invite), accept: phraseMap(l.accept), invitation: phraseMap(l.invitation),
      inviterMarkers: phraseMap(l.inviterMarkers), toVisit: phraseMap(l.toVisit), objectPronouns: phraseMap(l.objectPronouns),
    });
    compiled = { fr: compile(file.fr), en: compile(file.en) };
  }
  return compiled[lang];
}

// How many tokens may stand between the verb and the destination marker (an invitee with its title).
const INVITEE_WINDOW = 7;
const PEOPLE = new Set(['person', 'org']);

/** The mention starting at token t, if any. */
function mentionAt(mentions: Mention[], t: Token | undefined): Mention | null {
  if (!t) return null;
  const m = mentions[lowerBound(mentions, t.start)];
  return m && m.start === t.start ? m : null;
}

function mentionsBetween(mentions: Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) if (mentions[i]!.end <= end) out.push(mentions[i]!);
  return out;
}

/** Token index after `k` where the phrase ends, or -1. */
function after(map: Map<string, string[][]>, toks: Token[], k: number): number {
  const n = phraseAt(map, toks, k);
  return n > 0 ? k + n : -1;
}

/** The destination after a "to visit" / "à se rendre à" marker at token k: a place mention. */
function destinationAt(ctx: ExtractContext, toks: Token[], k: number, p: Phrases): Mention | null {
  const j = after(p.toVisit, toks, k);
  if (j < 0) return null;
  // "to visit the United States": an article may stand before the place.
  for (let q = j; q < Math.min(toks.length, j + 2); q++) {
    const m = mentionAt(ctx.mentions, toks[q]);
    if (m) return m.type === 'place' ? m : null;
  }
  return null;
}

/** An inviter written as a title only ("the Foreign Minister", "le chef de la diplomatie"): its title key. */
function titleOnly(who: Who, lang: Lang): string | null {
  if (who.type) return null;
  const toks = entityTokens(who.text);
  const spans = findTitles(toks, who.text, lang);
  return spans.length === 1 ? spans[0]!.entry.key : null;
}

function who(w: Who | null, lang: Lang): { key: string | null; text: string; title: string | null; start: number } | null {
  if (!w || w.pronoun || w.relative || w.same) return null;
  const title = titleOnly(w, lang);
  if (!w.type && !title) return null;
  return { key: w.type && PEOPLE.has(w.type) ? w.key : null, text: w.text, title, start: w.start };
}

function draft(start: number, end: number, value: InvitationValue): ClaimDraft {
  const entities = [...new Set([value.inviter, ...value.invitees].filter((e): e is string => !!e))].sort();
  return { kind: 'invitation', start, end, value, confidence: value.inviter ? 0.75 : 0.55, entities };
}

/** "X invited Y to (visit) Z". */
function active(ctx: ExtractContext, toks: Token[], k: number, lang: Lang, p: Phrases): ClaimDraft | null {
  const v = after(p.invite, toks, k);
  if (v < 0) return null;
  const inviter = who(leftSubject(ctx, toks, k, lang), lang);
  if (!inviter) return null;
  for (let m = v + 1; m < Math.min(toks.length, v + INVITEE_WINDOW); m++) {
    const dest = destinationAt(ctx, toks, m, p);
    if (!dest) continue;
    const inviteeText = ctx.text.slice(toks[v]!.start, toks[m - 1]!.end);
    const invitees = mentionsBetween(ctx.mentions, toks[v]!.start, toks[m - 1]!.end).filter((x) => PEOPLE.has(x.type));
    if (!invitees.length && !(phraseAt(p.objectPronouns, toks, v) === m - v)) return null;
    return draft(inviter.start, dest.end, {
      inviter: inviter.key, inviterText: inviter.text, inviterTitle: inviter.title,
      invitees: invitees.map((x) => x.key), inviteesText: inviteeText, destination: dest.key, destinationText: dest.text,
    });
  }
  return null;
}

/** "Y accepted X's invitation to (visit) Z", "Y a accepté l'invitation de X à se rendre à Z". */
function accepted(ctx: ExtractContext, toks: Token[], k: number, lang: Lang, p: Phrases): ClaimDraft | null {
  const v = after(p.accept, toks, k);
  if (v < 0) return null;
  const invitee = leftSubject(ctx, toks, k, lang);
  if (!invitee || !invitee.type || !PEOPLE.has(invitee.type) || !invitee.key) return null;
  let inviter: Mention | null = null;
  let next = -1;
  const owner = mentionAt(ctx.mentions, toks[v]);
  if (owner && lang === 'en') {
    // "Blinken's invitation": the mention, then "'", "s".
    let q = v;
    while (q < toks.length && toks[q]!.end <= owner.end) q++;
    if (toks[q]?.lower === "'" && toks[q + 1]?.lower === 's') {
      const n = after(p.invitation, toks, q + 2);
      if (n >= 0) [inviter, next] = [owner, n];
    }
  } else {
    // "l'invitation de Blinken", "the invitation of/from Blinken".
    const n = after(p.invitation, toks, v);
    // An elided "d'" is a token of its own in the text but cannot be written as a phrase on its own.
    const o = n < 0 ? -1 : toks[n]?.lower === "d'" ? n + 1 : after(p.inviterMarkers, toks, n);
    const m = o >= 0 ? mentionAt(ctx.mentions, toks[o]) : null;
    if (m) {
      let q = o;
      while (q < toks.length && toks[q]!.end <= m.end) q++;
      [inviter, next] = [m, q];
    }
  }
  if (!inviter || !PEOPLE.has(inviter.type)) return null;
  const dest = destinationAt(ctx, toks, next, p);
  if (!dest) return null;
  // "Miller also said Qin accepted…": the invitee is the person the subject phrase ends with.
  const person = mentionsBetween(ctx.mentions, invitee.start, invitee.end).filter((m) => m.key === invitee.key).pop();
  return draft(person?.start ?? invitee.start, dest.end, {
    inviter: inviter.key, inviterText: inviter.text, inviterTitle: null,
    invitees: [invitee.key], inviteesText: person?.text ?? invitee.text, destination: dest.key, destinationText: dest.text,
  });
}

/** Invitation claims of the document. */
export function extractInvitations(ctx: ExtractContext): ClaimDraft[] {
  const lang: Lang = ctx.doc.lang === 'en' ? 'en' : 'fr';
  const p = phrases(lang);
  const out: ClaimDraft[] = [];
  for (const s of ctx.sentences) {
    // Cheap gate: most sentences never mention an invitation.
    if (!/invit|convi/i.test(s.text)) continue;
    const toks = sentenceTokens(ctx, s.start, s.end);
    for (let k = 0; k < toks.length; k++) {
      const d = active(ctx, toks, k, lang, p) ?? accepted(ctx, toks, k, lang, p);
      if (d) out.push(d);
    }
  }
  return out;
}
