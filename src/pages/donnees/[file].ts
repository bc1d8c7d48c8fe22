import type { APIRoute } from 'astro';
import { DATA_NAMES, dataResponse, type DataName } from '../../open-data.ts';

/** /donnees/<name>.json and /donnees/<name>.csv, built from the content. */
export function getStaticPaths() {
  return DATA_NAMES.flatMap((name) =>
    (['json', 'csv'] as const).map((format) => ({
      params: { file: `${name}.${format}` },
      props: { name, format },
    })),
  );
}

export const GET: APIRoute<{ name: DataName; format: 'json' | 'csv' }> = ({ props, site }) =>
  dataResponse(props.name, props.format, site);
