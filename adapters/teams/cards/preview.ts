/** Message-extension result previews: Teams shows these in the search list (hero/thumbnail only). */
import type { SpecRef } from '../../../src/model/spec.js';
import { html } from './text.js';

export function renderSpecPreview(ref: SpecRef, detail?: string): { contentType: string; content: Record<string, unknown> } {
  const subtitle = [ref.jurisdiction ?? 'jurisdiction not stated', ref.revised ? `revised ${ref.revised}` : ''].filter(Boolean).join(' · ');
  return {
    contentType: 'application/vnd.microsoft.card.thumbnail',
    content: { title: html(ref.title), subtitle: html(subtitle), ...(detail ? { text: html(detail) } : {}) },
  };
}
