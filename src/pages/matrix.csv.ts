// /matrix.csv: one row per feature and column (RFC 4180, spreadsheet-safe). The UTF-8 byte-order mark makes
// Excel read it as UTF-8 (names such as “Istio (ambient)” and en dashes would otherwise be garbled).
import type { APIRoute } from 'astro';
import { matrixCsv } from '../lib/matrix/export';
import { loadMatrixExport } from '../components/matrix/load-export';

export const GET: APIRoute = ({ site }) =>
  new Response(`\uFEFF${matrixCsv(loadMatrixExport(site))}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
