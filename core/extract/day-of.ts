// A publication timestamp as publishers write it into the calendar day they meant.
import * as chrono from 'chrono-node';
import { dayInWords } from './month-names.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function realDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * The day of a timestamp. An ISO timestamp keeps the day as written: with an offset that is the
 * publisher's own day; with "Z" it is UTC, the best the page says. Other forms ("Wed, 31 Oct 2018",
 * "October 31, 2018", "31.10.2018") are read with chrono, only when they name a full day.
 */
export function dayOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().slice(0, 200);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (compact) return realDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const dotted = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(s);
  if (dotted) return realDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  if (/^\d{10,13}$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return realDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const parsed = chrono.en.strict.parse(s, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!parsed || !parsed.start.isCertain('year') || !parsed.start.isCertain('month') || !parsed.start.isCertain('day')) {
    const words = dayInWords(s);
    return words ? realDay(words[0], words[1], words[2]) : null;
  }
  return realDay(parsed.start.get('year') ?? 0, parsed.start.get('month') ?? 0, parsed.start.get('day') ?? 0);
}

/** A day from a URL path such as /2018/10/31/ or /2018-10-31-, when the URL has one. */
export function dayInUrl(url: string | null): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not a URL: read the string as a path
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(path);
  if (m) return realDay(Number(m[1]), Number(m[2]), Number(m[3]));
  // A slug ending in a compact day ("…-20190520/"), as some CMSs write the publication day.
  const c = /[-_/]((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|\.html?)?$/.exec(path);
  return c ? realDay(Number(c[1]), Number(c[2]), Number(c[3])) : null;
}

const PUBLISHED_LABEL = /\b(?:published|posted|publicado|publicada|publié|publiée|veröffentlicht|pubblicato|gepubliceerd|publikováno|опубликовано)\b(?:\s+(?:on|le|am|em|el|il|op))?|(?:发布|發布|发稿|發稿|发表|發表)(?:时间|時間|日期)?|公開日|掲載日/iu;
const UPDATED_LABEL = /^(?:last\s+)?(?:updated|modified|actualizado|atualizado|mis à jour|aktualisiert|aggiornato|bijgewerkt|aktualizováno|更新)/iu;

/**
 * The publication day a visible dateline gives: the day after its "Published"/"Posted"/"发布时间" label when it
 * has one, none when it only says when the text was updated, else its first full day.
 */
export function publishedDayInDateline(text: string): string | null {
  const label = PUBLISHED_LABEL.exec(text);
  if (label) return dayOf(text.slice(label.index + label[0].length).replace(/^[\s:：,]+/u, ''));
  return UPDATED_LABEL.test(text.trim()) ? null : dayOf(text);
}
