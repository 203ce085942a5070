// The UTC offset a page's locale implies for local times written without a zone
// ("2019年4月4日" on a ja page is midnight in Japan, not in London). Only locales with
// one civil zone are listed; everything else stays unknown (UTC).
import type { DateParts } from './date-parse';

type Rule = 'cet' | 'wet' | number;

const REGION: Record<string, Rule> = {
  DE: 'cet', AT: 'cet', CH: 'cet', FR: 'cet', BE: 'cet', NL: 'cet', LU: 'cet', IT: 'cet', ES: 'cet',
  PL: 'cet', CZ: 'cet', DK: 'cet', SE: 'cet', NO: 'cet', HU: 'cet', SK: 'cet', SI: 'cet', HR: 'cet',
  GB: 'wet', IE: 'wet', PT: 'wet', JP: 540, KR: 540, CN: 480, TW: 480, HK: 480, SG: 480,
  AR: -180, BR: -180, IN: 330,
};
// Languages spoken (almost) only in one zone; en, es, pt, ... span many and are left out.
const LANGUAGE: Record<string, Rule> = {
  de: 'cet', fr: 'cet', it: 'cet', nl: 'cet', pl: 'cet', cs: 'cet', da: 'cet', sv: 'cet', nb: 'cet',
  nn: 'cet', no: 'cet', hu: 'cet', sk: 'cet', sl: 'cet', hr: 'cet', ja: 540, ko: 540, zh: 480,
};

/** Last Sunday of the month (1-based), as a day of the month. */
function lastSunday(y: number, mo: number): number {
  const last = new Date(Date.UTC(y, mo, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** EU summer time: last Sunday of March to last Sunday of October (day precision). */
function euSummer(p: DateParts): boolean {
  if (p.mo < 3 || p.mo > 10) return false;
  if (p.mo > 3 && p.mo < 10) return true;
  const switchDay = lastSunday(p.y, p.mo);
  return p.mo === 3 ? p.d >= switchDay : p.d < switchDay;
}

export type ZoneGuess = (p: DateParts) => number;

/** The region of a country-code top-level domain ("lanacion.com.ar" → "AR"), when listed. */
function regionOfHost(url: string | null): string | undefined {
  const tld = url ? /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\.([a-z]{2})(?::\d+)?(?:[/?#]|$)/i.exec(url)?.[1] : undefined;
  return tld && REGION[tld.toUpperCase()] !== undefined ? tld.toUpperCase() : undefined;
}

/** `url`: the page's address; its country domain stands in for a region the language tag lacks. */
export function zoneOfLocale(lang: string | null, url: string | null = null): ZoneGuess | null {
  if (!lang) return null;
  const [language, tagRegion] = lang.split('-');
  const region = tagRegion ?? regionOfHost(url);
  const rule = (region && region.length === 2 ? REGION[region.toUpperCase()] : undefined) ?? (region && region.length === 2 ? undefined : LANGUAGE[language.toLowerCase()]);
  if (rule === undefined) return null;
  if (typeof rule === 'number') return () => rule;
  const base = rule === 'cet' ? 60 : 0;
  return (p) => base + (euSummer(p) ? 60 : 0);
}
