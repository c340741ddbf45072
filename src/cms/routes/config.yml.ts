import type { APIRoute } from 'astro';
import { cmsBackendFromEnv } from '../backend';
import { cmsSources } from '../collections';
import { buildCmsConfig } from '../config';

// Decap's configuration, generated from the zod schemas. JSON is valid YAML.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildCmsConfig(cmsSources(), cmsBackendFromEnv(process.env))), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
