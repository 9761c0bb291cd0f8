import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteContract } from '../../src/contracts/define.js';
import { collectContracts } from '../support/contracts.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Operation {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, { schema?: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}
type Document = {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

const methods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

let t: TestApp;
let document: Document;
let contracts: RouteContract[];

beforeAll(async () => {
  t = await createTestApp();
  const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(response.statusCode).toBe(200);
  document = response.json();
  contracts = await collectContracts();
});
afterAll(() => t.close());

const operations = () =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, path, method, operation })),
  );
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const operationOf = (contract: RouteContract) =>
  document.paths[openApiPath(contract.path)]?.[contract.method.toLowerCase()];

/** Every `$ref` in a value, which may be circular once dereferenced (a rule holds rules). */
function referencesIn(value: unknown, found = new Set<string>(), seen = new WeakSet<object>()): Set<string> {
  if (!value || typeof value !== 'object' || seen.has(value)) return found;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string') found.add(child);
    else referencesIn(child, found, seen);
  }
  return found;
}

describe('the OpenAPI document', () => {
  it('is valid for an independent parser, which resolves and dereferences every $ref', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
    const dereferenced = await SwaggerParser.dereference(structuredClone(document) as never);
    expect(referencesIn(dereferenced.paths)).toEqual(new Set());
  });

  it('defines every schema it references in components.schemas', () => {
    const references = referencesIn(document);
    expect(references.size).toBeGreaterThan(0);
    for (const reference of references) {
      expect(reference, reference).toMatch(/^#\/components\/schemas\/[A-Za-z][A-Za-z0-9]*$/);
      const name = reference.slice('#/components/schemas/'.length);
      expect(document.components.schemas[name], reference).toBeDefined();
    }
    for (const named of ['Error', 'Session', 'PersonFile', 'TimelineEvent', 'EligibilityRule']) {
      expect(Object.keys(document.components.schemas)).toContain(named);
    }
    // …and nothing else: a component no operation uses would only be noise in a generated client.
    const used = [...references].map((reference) => reference.slice('#/components/schemas/'.length));
    expect(Object.keys(document.components.schemas).sort()).toEqual([...new Set(used)].sort());
  });

  it('names the server the paths are relative to', () => {
    expect(document.servers?.length).toBeGreaterThan(0);
  });

  it('gives every operation a unique operationId, tags, a declared security and a 2xx answer', () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(100);
    const ids = new Map<string, string>();
    for (const { name, operation } of all) {
      expect(operation.operationId, name).toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(ids.get(operation.operationId as string), `${name} reuses an operationId`).toBeUndefined();
      ids.set(operation.operationId as string, name);
      expect(operation.tags?.length, name).toBeGreaterThan(0);
      expect(Array.isArray(operation.security), `${name} declares no security`).toBe(true);
      // One answer when it works: a body of its media type, nothing (204), or a redirection (3xx).
      const success = Object.keys(operation.responses).filter((status) => /^[23]\d\d$/.test(status));
      expect(success, name).toHaveLength(1);
      const status = success[0] as string;
      if (/^2\d\d$/.test(status) && status !== '204') {
        expect(
          Object.keys(operation.responses[status]?.content ?? {}),
          `${name} answers no content`,
        ).not.toEqual([]);
      }
    }
  });

  it("takes each operation's id and security from its contract", () => {
    for (const contract of contracts) {
      const name = `${contract.method} ${contract.path}`;
      const operation = operationOf(contract);
      expect(operation, name).toBeDefined();
      expect(operation?.operationId, name).toBe(contract.operationId);
      expect(operation?.security, name).toEqual(contract.policy === 'public' ? [] : [{ session: [] }]);
    }
  });

  it('describes files as binary content of their media type, both ways', () => {
    const binary = { type: 'string', format: 'binary' };
    const answers = (path: string) =>
      document.paths[path]?.get?.responses['200']?.content as Record<string, { schema: unknown }>;
    expect(answers('/api/plans/{id}/plan.pdf')['application/pdf']?.schema).toMatchObject(binary);
    expect(answers('/api/loan-funds/{id}/ledger.csv')['text/csv']?.schema).toMatchObject(binary);
    const download = answers('/api/documents/{id}/content');
    expect(Object.keys(download)).toEqual(expect.arrayContaining(['application/pdf', 'image/jpeg']));
    for (const media of Object.values(download)) expect(media.schema).toMatchObject(binary);
    const upload = document.paths['/api/people/{id}/documents']?.post?.requestBody?.content ?? {};
    expect(Object.keys(upload)).toEqual(
      expect.arrayContaining(['application/pdf', 'application/octet-stream']),
    );
    for (const media of Object.values(upload)) expect(media.schema).toMatchObject(binary);
  });

  it('generates TypeScript types that compile and type the operations by their ids', async () => {
    const generated = astToString(await openapiTS(structuredClone(document) as never));
    const folder = mkdtempSync(join(tmpdir(), 'passerelle-openapi-'));
    try {
      writeFileSync(join(folder, 'api.ts'), generated);
      // A client's use of the types: an operation by its id, a shared component, a file download.
      writeFileSync(
        join(folder, 'client.ts'),
        [
          "import type { components, operations, paths } from './api.js';",
          "type Login = operations['login']['requestBody'];",
          "type ApiError = components['schemas']['Error'];",
          "type PersonFile = operations['getPerson']['responses'][200]['content']['application/json'];",
          "type Plan = paths['/api/plans/{id}/plan.pdf']['get']['responses'][200]['content']['application/pdf'];",
          "export const error: ApiError = { code: 'PERSON_NOT_FOUND', message: 'Not found' };",
          'export type Used = [Login, PersonFile, Plan];',
        ].join('\n'),
      );
      const program = ts.createProgram([join(folder, 'client.ts')], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        lib: ['lib.es2022.d.ts'],
        types: [],
        skipLibCheck: true,
      });
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(diagnostics).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    // Generating and compiling some 15,000 lines takes seconds, more on a busy machine.
  }, 120_000);
});
