/** The site's identity for structured data: its name and URLs under the base, absolute when the site has an address. */
import { useTranslations } from './i18n/index.ts';
import { addressOf } from './lib/site-address.ts';
import type { SiteInfo } from './lib/structured-data.ts';
import { url } from './urls.ts';

export function siteInfo(site: URL | undefined): SiteInfo {
  return {
    name: useTranslations('fr')('site.title'),
    absolute: (path) => addressOf(url(path), site),
  };
}
