// /matrix.csv: one row per feature and mesh (RFC 4180, spreadsheet-safe).
import type { APIRoute } from 'astro';
import { matrixCsv } from '../lib/matrix/export';
import { loadMatrixExport } from '../components/matrix/load-export';

export const GET: APIRoute = async ({ site }) =>
  new Response(matrixCsv(await loadMatrixExport(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
