import type { APIRoute } from 'astro';
import { LOCALES, localeTable } from '../../../i18n/index.ts';
import { DATA_NAMES, dataResponse, type DataName } from '../../../open-data.ts';
import { localeParams, pageLocale } from '../../../urls.ts';

/** /donnees/<name>.json and .csv, /en/data/<name>.json…: each edition's data, built from the content. */
export function getStaticPaths() {
  return LOCALES.flatMap((locale) =>
    DATA_NAMES.flatMap((name) =>
      (['json', 'csv'] as const).map((format) => ({
        params: { ...localeParams(locale), data: localeTable(locale).routes.data, file: `${name}.${format}` },
        props: { name, format },
      })),
    ),
  );
}

export const GET: APIRoute<{ name: DataName; format: 'json' | 'csv' }> = (context) =>
  dataResponse(context.props.name, context.props.format, context.site, pageLocale(context));
