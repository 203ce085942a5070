// Short site name for file names and front matter: the registrable domain without its
// public suffix (thehill.com → thehill, www.bbc.co.uk → bbc); hosts without one
// (localhost, IP addresses, intranet names) are returned as they are.
import { getDomainWithoutSuffix } from 'tldts';

export function siteShortName(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host) return null;
  // tldts reads IPv6 literals only without their brackets.
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  return getDomainWithoutSuffix(bare) || bare;
}
