import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';

const componentPrefix = '#/components/schemas/';

function referencedComponents(value: unknown, found: Set<string>): void {
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string' && child.startsWith(componentPrefix)) {
      found.add(child.slice(componentPrefix.length));
    } else referencedComponents(child, found);
  }
}

/**
 * Writes every zod schema with an id into components.schemas (fastify-type-provider-zod writes each
 * twice, as read and as written: `Error` and `ErrorInput`), then keeps only those the operations use,
 * directly or through another component, so that generated clients carry no unused types.
 */
export const openApiTransformObject: SwaggerTransformObject = (documentObject) => {
  const document = jsonSchemaTransformObject(documentObject) as {
    paths?: unknown;
    components?: { schemas?: Record<string, unknown> };
  };
  const schemas = document.components?.schemas ?? {};
  const used = new Set<string>();
  referencedComponents(document.paths, used);
  for (let pending = [...used]; pending.length > 0; ) {
    const found = new Set<string>();
    for (const name of pending) referencedComponents(schemas[name], found);
    pending = [...found].filter((name) => !used.has(name));
    for (const name of pending) used.add(name);
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return {
    ...document,
    components: { ...document.components, schemas: kept },
  } as ReturnType<SwaggerTransformObject>;
};
