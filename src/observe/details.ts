import type { Settings } from '../settings/types.js'

/**
 * Which of the trail's details are read: its insight selectors and tags only when declared, as org-trail
 * manages nothing else of them. Before the plan (observe) and after apply (reread) alike.
 */
export function declaredDetails(settings: Settings): { readonly insights: boolean; readonly tags: boolean } {
  return {
    insights: settings.insightSelectors !== null,
    tags: Object.keys(settings.tags).length > 0 || Object.keys(settings.provenanceTags).length > 0
  }
}
