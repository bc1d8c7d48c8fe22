import type { APIRoute } from 'astro';
import { LOCALES, localeTable, type Locale } from '../../../i18n/index.ts';
import { DATA_NAMES, dataResponse, type DataName } from '../../../open-data.ts';

/** /donnees/<name>.json and .csv, /en/data/<name>.json…: each edition's data, built from the content. */
export function getStaticPaths() {
  return LOCALES.flatMap((locale) =>
    DATA_NAMES.flatMap((name) =>
      (['json', 'csv'] as const).map((format) => ({
        params: {
          lang: localeTable(locale).prefix || undefined,
          data: localeTable(locale).routes.data,
          file: `${name}.${format}`,
        },
        props: { name, format, locale },
      })),
    ),
  );
}

export const GET: APIRoute<{ name: DataName; format: 'json' | 'csv'; locale: Locale }> = ({ props, site }) =>
  dataResponse(props.name, props.format, site, props.locale);
