/**
 * The site's identity, configured in this one file: who publishes it and how to reach them,
 * and its name and URLs under the base (absolute when the site has an address) for structured data.
 */
import { useTranslations } from './i18n/index.ts';
import { addressOf } from './lib/site/address.ts';
import type { SiteInfo } from './lib/site/structured-data.ts';
import { url } from './urls.ts';

/** Who publishes the site. */
export interface Publisher {
  /** The publisher's name (a person or an organisation), as it should be cited. */
  readonly name?: string | undefined;
  /** How to reach the publisher, e.g. for a correction: an e-mail address or a web address. */
  readonly contact?: string | undefined;
}

/**
 * Fill in what is known; leave the rest undefined. Never put a placeholder here: the pages
 * say plainly what is not configured, and a made-up name or address would be cited as true.
 */
export const PUBLISHER: Publisher = {
  name: undefined,
  contact: undefined,
};

/** The contact as a link target: an e-mail address becomes a mailto: link. */
export function contactHref(contact: string): string {
  return contact.includes('@') && !contact.includes('/') ? `mailto:${contact}` : contact;
}

export function siteInfo(site: URL | undefined): SiteInfo {
  return {
    name: useTranslations('fr')('site.title'),
    publisher: PUBLISHER.name,
    absolute: (path) => addressOf(url(path), site),
  };
}
