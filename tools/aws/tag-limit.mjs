// A trail holds at most 50 tags, those it has included: AddTags "up to a limit of 50" (AddTags API
// reference), and past it 400 TagsLimitExceededException, whose documented description is used as its
// message (the exact production wording is not documented). CreateTrail's TagsList is held to the same
// limit. AddTags of a key the trail has already replaces its value and adds nothing. moto has no limit.
import { CLOUDTRAIL_TARGET } from './upstream.mjs'

export const MAX_TAGS = 50

export const TAGS_LIMIT =
  'The number of tags per trail, event data store, dashboard, or channel has exceeded the permitted amount. Currently, the limit is 50.'

/** @param {unknown} list @returns {string[]} the keys of a TagsList */
const keysOf = (list) =>
  (Array.isArray(list) ? list : []).map((t) => (t && typeof t === 'object' ? String(t.Key) : String(t)))

/**
 * @returns {import('./index.mjs').Behaviour}
 */
export function tagLimitBehaviour() {
  return {
    name: 'tag-limit',
    async request(ctx) {
      if (ctx.service !== 'cloudtrail' || ctx.protocol !== 'json') return undefined
      const input = ctx.input() ?? {}
      if (ctx.operation === 'CreateTrail') {
        return new Set(keysOf(input.TagsList)).size > MAX_TAGS
          ? ctx.error(400, 'TagsLimitExceededException', TAGS_LIMIT)
          : undefined
      }
      if (ctx.operation !== 'AddTags' || typeof input.ResourceId !== 'string') return undefined
      const current = await ctx.upstream({
        headers: { 'x-amz-target': `${CLOUDTRAIL_TARGET}.ListTags` },
        body: JSON.stringify({ ResourceIdList: [input.ResourceId] })
      })
      if (current.status !== 200) return undefined
      /** @type {{ ResourceTagList?: { ResourceId?: string, TagsList?: unknown }[] }} */
      const answer = JSON.parse(current.body.toString() || '{}')
      const has = keysOf(answer.ResourceTagList?.find((r) => r.ResourceId === input.ResourceId)?.TagsList)
      const after = new Set([...has, ...keysOf(input.TagsList)])
      return after.size > MAX_TAGS ? ctx.error(400, 'TagsLimitExceededException', TAGS_LIMIT) : undefined
    }
  }
}
