/**
 * `GET /openapi.json`: the OpenAPI 3.1 description of the admin API, generated from the same zod
 * schemas the router validates with (zod 4's `z.toJSONSchema`, draft 2020-12, which OpenAPI 3.1
 * uses as is).
 */
import * as z from 'zod';
import { defineRoute, type AdminRoute } from './route.js';
import { ErrorBody } from './schemas.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

function parameters(route: AdminRoute): JsonSchema[] {
  const place = [['path', route.request.path], ['query', route.request.query]] as const;
  return place.flatMap(([where, schema]) => {
    if (!schema) return [];
    const object = schemaOf(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    return Object.entries(object.properties ?? {}).map(([name, property]) => ({
      name,
      in: where,
      required: where === 'path' || (object.required ?? []).includes(name),
      ...(typeof property.description === 'string' && { description: property.description }),
      schema: property,
    }));
  });
}

const ACCESS_DESCRIPTIONS: Record<AdminRoute['access'], string> = {
  secretariat: 'Secretariat only.',
  authenticated: "Any signed-in user; a state's users only for their own state.",
  public: 'Public: no sign-in; only what states and the Committee chose to publish.',
};

export function openApiDocument(routes: readonly AdminRoute[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const errors = { content: { 'application/json': { schema: schemaOf(ErrorBody, 'output') } } };
    const success = route.response.body
      ? { description: route.response.description, content: { [route.response.contentType ?? 'application/json']: { schema: schemaOf(route.response.body, 'output') } } }
      : { description: route.response.description, ...(route.response.contentType && { content: { [route.response.contentType]: { schema: { type: 'string' } } } }) };
    const signedIn = route.access !== 'public';
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      summary: route.summary,
      description: ACCESS_DESCRIPTIONS[route.access],
      security: signedIn ? [{ cognito: [] }] : [],
      parameters: parameters(route),
      ...(route.request.body && { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.request.body, 'input') } } } }),
      responses: {
        [String(route.response.status)]: success,
        ...(signedIn && {
          '401': { description: 'No valid bearer token', ...errors },
          '403': { description: 'The token may not do this', ...errors },
        }),
        // Derived from the declaration: a path names a record that may not exist (404).
        ...(route.request.path && { '404': { description: 'Nothing of that name (the path names a record that does not exist)', ...errors } }),
        ...(route.request.path || route.request.query || route.request.body ? { '422': { description: 'A field is not valid; the message names it', ...errors } } : {}),
        ...(route.limit && {
          '429': {
            description: `More than ${route.limit.perMinute} requests in a minute from this ${signedIn ? 'caller' : 'address'}; Retry-After says when to ask again`,
            headers: { 'Retry-After': { description: 'Seconds to wait before asking again', schema: { type: 'integer', minimum: 1 } } },
            ...errors,
          },
        }),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: '1540 reporting portal: admin API', version: '1.0.0' },
    components: {
      securitySchemes: {
        cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token of the user pool; groups `secretariat`, `state-<ISO3>`' },
      },
    },
    paths,
  };
}

export function openApiRoute(routes: () => readonly AdminRoute[]): AdminRoute {
  return defineRoute({
    method: 'GET',
    path: '/openapi.json',
    summary: 'This description of the API (OpenAPI 3.1)',
    access: 'authenticated',
    request: {},
    response: { status: 200, description: 'The OpenAPI document', contentType: 'application/json' },
    run: async () => openApiDocument(routes()),
  });
}
