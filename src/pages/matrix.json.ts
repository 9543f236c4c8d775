// /matrix.json: the whole matrix with resolved sources; described by /matrix.schema.json.
import type { APIRoute } from 'astro';
import { loadMatrixExport } from '../components/matrix/load-export';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(await loadMatrixExport(site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
