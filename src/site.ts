/** The site's identity for structured data: its name and absolute URLs under the base. */
import { useTranslations } from './i18n/index.ts';
import type { SiteInfo } from './lib/structured-data.ts';
import { url } from './urls.ts';

export function siteInfo(site: URL | undefined): SiteInfo {
  return {
    name: useTranslations('fr')('site.title'),
    absolute: (path) => new URL(url(path), site).href,
  };
}
