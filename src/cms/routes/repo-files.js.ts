import type { APIRoute } from 'astro';
import { contentRepoTree, repoFilesScript } from '../repo-files';

// The try-out CMS's content: the real entries, loaded into Decap's in-memory test backend.
export const GET: APIRoute = () =>
  new Response(repoFilesScript(contentRepoTree(process.env['CONTENT_ROOT'] ?? 'content')), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
