import type { APIRoute } from 'astro';
import { cmsBackendFromEnv } from '../../cms/backend';
import { renderAdminPage } from '../../cms/admin-page';

// The editors' CMS (Decap). An endpoint, so the page carries its own CSP (see admin-page.ts).
export const GET: APIRoute = () =>
  new Response(renderAdminPage(cmsBackendFromEnv(process.env)), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
