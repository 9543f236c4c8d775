// The one configured JSON Schema validator for the tests (Ajv, draft 2020-12, with ajv-formats), used for
// /matrix.json against /matrix.schema.json. Strict mode: an unknown keyword or format in a schema is a
// compile error, so a schema change cannot make validation pass silently.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** One readable line per error, e.g. `/features/0/name must be string` or `/ must NOT have additional properties ("extra")`. */
export function errorLines(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const detail =
      error.keyword === 'additionalProperties'
        ? ` ("${(error.params as { additionalProperty: string }).additionalProperty}")`
        : error.keyword === 'enum'
          ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
          : '';
    return `${error.instancePath || '/'} ${error.message ?? error.keyword}${detail}`;
  });
}

/** Compiles `schema` and returns a function listing the errors of a value (empty when it is valid). */
export function schemaValidator(schema: Record<string, unknown>): (value: unknown) => string[] {
  const validate: ValidateFunction = createAjv().compile(schema);
  return (value) => (validate(value) ? [] : errorLines(validate.errors));
}
