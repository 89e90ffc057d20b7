/**
 * Shows HTML produced by Recall's Markdown renderers (lib/notes), which sanitize it (no raw HTML,
 * scripts, event handlers or `javascript:` URLs). Never pass anything else.
 */
export function SanitizedHtml({ html, className, testId }: { html: string; className?: string; testId?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML comes from the sanitizing renderer only.
  return <div className={className} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}
