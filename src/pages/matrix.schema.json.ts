// /matrix.schema.json: JSON Schema (draft 2020-12) of /matrix.json, generated from the zod schemas.
import type { APIRoute } from 'astro';
import { matrixJsonSchema } from '../lib/matrix/export';
import { withBase } from '../lib/site';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(matrixJsonSchema(new URL(withBase('matrix.schema.json'), site ?? 'http://localhost/').href), null, 2)}\n`,
    {
      headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
    },
  );
