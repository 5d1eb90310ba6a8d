// CloudTrail's public keys, per region (each region signs with its own keys): asked once per region for
// the window with cloudtrail:ListPublicKeys, and again around a backfill digest's making when its key was
// not among them, as the AWS CLI does.
import { createPublicKey, type KeyObject } from 'node:crypto'
import { paginateListPublicKeys } from '@aws-sdk/client-cloudtrail'
import type { Clients } from '../aws/clients.js'
import { read } from '../observe/read.js'
import type { Read } from '../observe/types.js'

const HOUR = 3_600_000

type KeySet = ReadonlyMap<string, KeyObject>

/** The keys of one region and time range, by fingerprint. */
async function listKeys(clients: Clients, region: string, from: Date, to: Date): Promise<Read<KeySet>> {
  return read('cloudtrail:ListPublicKeys', async () => {
    const keys = new Map<string, KeyObject>()
    const pages = paginateListPublicKeys({ client: clients.cloudtrail(region) }, { StartTime: from, EndTime: to })
    for await (const page of pages) {
      for (const k of page.PublicKeyList ?? []) {
        if (!k.Fingerprint || !k.Value) continue
        try {
          // Value: the DER PKCS#1 public key (the SDK decodes the wire's base64).
          keys.set(k.Fingerprint, createPublicKey({ key: Buffer.from(k.Value), format: 'der', type: 'pkcs1' }))
        } catch {
          // A key that does not load verifies nothing: its digests are judged as signed by an unknown key.
        }
      }
    }
    return keys
  })
}

export class PublicKeys {
  private readonly regions = new Map<string, Promise<Read<KeySet>>>()
  private readonly around = new Map<string, Promise<Read<KeySet>>>()

  /** `from`–`to`: the window; the range asked ends two hours later, as digests end after their hour. */
  constructor(
    private readonly clients: Clients,
    private readonly from: Date,
    private readonly to: Date
  ) {}

  /**
   * The key of `fingerprint` in `region`: undefined when CloudTrail publishes none. A backfill digest
   * (`madeAt`) whose key is not among the window's is looked for in the hour around its making.
   */
  async find(region: string, fingerprint: string, madeAt: Date | null): Promise<Read<KeyObject | undefined>> {
    const window = await this.regionKeys(region)
    if (!window.ok) return window
    const key = window.value.get(fingerprint)
    if (key || !madeAt) return { ok: true, value: key }
    const hour = Math.floor(madeAt.getTime() / HOUR)
    const cacheKey = `${region}:${hour}`
    let nearby = this.around.get(cacheKey)
    if (!nearby) {
      nearby = listKeys(this.clients, region, new Date((hour - 1) * HOUR), new Date((hour + 2) * HOUR))
      this.around.set(cacheKey, nearby)
    }
    const found = await nearby
    return found.ok ? { ok: true, value: found.value.get(fingerprint) } : found
  }

  private regionKeys(region: string): Promise<Read<KeySet>> {
    let keys = this.regions.get(region)
    if (!keys) {
      keys = listKeys(this.clients, region, this.from, new Date(this.to.getTime() + 2 * HOUR))
      this.regions.set(region, keys)
    }
    return keys
  }
}
