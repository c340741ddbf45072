import type { APIRoute } from 'astro';
import { cmsBackendFromEnv } from '../backend';
import { renderAdminPage } from '../admin-page';

// The editors' CMS (Decap). An endpoint, so the page carries its own CSP (see admin-page.ts).
export const GET: APIRoute = () =>
  new Response(renderAdminPage(cmsBackendFromEnv(process.env)), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
