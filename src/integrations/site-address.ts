/** Says once, when a build starts, that the site is built without a public address. */
import type { AstroIntegration } from 'astro';
import { NO_SITE_ADDRESS } from '../lib/site/address.ts';

export default function siteAddressNotice(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        if (!config.site) logger.warn(NO_SITE_ADDRESS);
      },
    },
  };
}
